import type { AssessmentFramework } from '../model/assessment-framework';
import { BASE_FRAMEWORK } from './base-framework';

export const FY2565: AssessmentFramework = {
  ...BASE_FRAMEWORK,
  fiscalYear: 2565,
  assumptions: [
    ...BASE_FRAMEWORK.assumptions,
    'Weights 30/30/40 and tool = mean of indicators assumed (no contrary source).',
    'OIT assumed to be the FY2563 43-item frame, not verified.',
  ],
  sources: [...BASE_FRAMEWORK.sources, 'https://sme.go.th/uploads/eBooks/eBook_65/files/basic-html/page80.html'],
};
