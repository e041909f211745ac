import type { AssessmentFramework } from '../model/assessment-framework';
import { BASE_FRAMEWORK } from './base-framework';

export const FY2562: AssessmentFramework = {
  ...BASE_FRAMEWORK,
  fiscalYear: 2562,
  assumptions: [
    ...BASE_FRAMEWORK.assumptions,
    'Weights 30/30/40 and tool = mean of indicators assumed (verified only for FY2563–2564; no contrary source).',
    'OIT assumed to be the FY2563 43-item frame (indicator 9 = O1–O33, indicator 10 = O34–O43), not verified.',
  ],
  sources: [...BASE_FRAMEWORK.sources, 'https://itas.nacc.go.th/home/detailnews/342'],
};
