import type { AssessmentFramework } from '../model/assessment-framework';
import { BASE_FRAMEWORK } from './base-framework';

export const FY2564: AssessmentFramework = {
  ...BASE_FRAMEWORK,
  fiscalYear: 2564,
  confidence: { ...BASE_FRAMEWORK.confidence, weights: 'HIGH', toolScoring: 'HIGH' },
  assumptions: [...BASE_FRAMEWORK.assumptions, 'OIT assumed to be the FY2563 43-item frame, not verified.'],
  sources: [
    ...BASE_FRAMEWORK.sources,
    'https://fliphtml5.com/nqbfm/fekk/รายงาน_ITA2564_กลุ่ม2/168',
    'https://spvc.ac.th/MU-ITA2021/files/basic-html/page39.html',
  ],
};
