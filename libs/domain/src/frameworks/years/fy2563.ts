import type { AssessmentFramework } from '../model/assessment-framework';
import { BASE_FRAMEWORK } from './base-framework';

export const FY2563: AssessmentFramework = {
  ...BASE_FRAMEWORK,
  fiscalYear: 2563,
  confidence: { ...BASE_FRAMEWORK.confidence, weights: 'HIGH', toolScoring: 'HIGH', itemCodes: 'MEDIUM' },
  sources: [...BASE_FRAMEWORK.sources, 'http://mtps.ac.th/site/oit/', 'https://pubhtml5.com/lyla/bdod/basic'],
};
