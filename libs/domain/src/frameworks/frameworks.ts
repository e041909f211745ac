import type { AssessmentFramework } from './model/assessment-framework';
import { FY2562 } from './years/fy2562';
import { FY2563 } from './years/fy2563';
import { FY2564 } from './years/fy2564';
import { FY2565 } from './years/fy2565';
import { FY2566 } from './years/fy2566';
import { FY2567 } from './years/fy2567';
import { FY2568 } from './years/fy2568';

/** Every supported fiscal year, ascending. Adding a year = one file in years/ and one entry here. */
export const FRAMEWORKS: readonly AssessmentFramework[] = [FY2562, FY2563, FY2564, FY2565, FY2566, FY2567, FY2568];
