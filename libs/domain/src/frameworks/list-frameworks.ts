import { FRAMEWORKS } from './frameworks';
import type { AssessmentFramework } from './model/assessment-framework';

/** All frameworks, ascending by fiscal year. */
export function listFrameworks(): readonly AssessmentFramework[] {
  return FRAMEWORKS;
}
