import { TEN_INDICATORS } from '../data/ten-indicators';
import { THREE_TOOLS } from '../data/three-tools';
import type { AssessmentFramework } from '../model/assessment-framework';
import { RATING_AA_F } from '../rubrics/rating-aa-f';

/** What FY2562–2568 share; each year spreads this and overrides what differs. */
export const BASE_FRAMEWORK: Omit<AssessmentFramework, 'fiscalYear'> = {
  tools: THREE_TOOLS,
  indicators: TEN_INDICATORS,
  rubric: RATING_AA_F,
  confidence: { weights: 'MEDIUM', toolScoring: 'MEDIUM', rubric: 'HIGH', itemCodes: 'LOW' },
  assumptions: [
    'EIT item codes e1–e15 (5 per indicator) have no source.',
    'IIT i1–i30 with 6 questions per indicator is inferred from 30 ÷ 5 (indicator 1 = i1–i6 seen in a FY2564 manual).',
  ],
  sources: [
    'https://samed.chonburi.police.go.th/ita-standards/',
    'https://online.anyflip.com/qxtmp/cuda/files/basic-html/page15.html',
    'https://online.anyflip.com/qxtmp/cuda/files/basic-html/page138.html',
  ],
};
