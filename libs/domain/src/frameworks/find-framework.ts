import { FRAMEWORKS } from './frameworks';
import type { AssessmentFramework } from './model/assessment-framework';

export function findFramework(fiscalYear: number): AssessmentFramework | undefined {
  return FRAMEWORKS.find((framework) => framework.fiscalYear === fiscalYear);
}
