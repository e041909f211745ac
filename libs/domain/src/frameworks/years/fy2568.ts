import { EIT_TWO_PARTS } from '../data/eit-two-parts';
import { THREE_TOOLS } from '../data/three-tools';
import { withItemCodes } from '../data/with-item-codes';
import { withTool } from '../data/with-tool';
import type { AssessmentFramework } from '../model/assessment-framework';
import type { ItemCodes } from '../model/item-codes';
import { PASS_LEVELS } from '../rubrics/pass-levels';
import { BASE_FRAMEWORK } from './base-framework';

const OIT_2568_UNKNOWN: ItemCodes = {
  status: 'UNKNOWN',
  note: 'FY2568 uses a shorter OIT list (at least O1–O26); its length and split between indicators 9 and 10 are not established.',
};

export const FY2568: AssessmentFramework = {
  ...BASE_FRAMEWORK,
  fiscalYear: 2568,
  rubric: PASS_LEVELS,
  confidence: { ...BASE_FRAMEWORK.confidence, weights: 'HIGH', rubric: 'MEDIUM' },
  tools: withTool(withTool(THREE_TOOLS, 'OIT', { itemCodes: OIT_2568_UNKNOWN }), 'EIT', {
    parts: EIT_TWO_PARTS,
    scoring: { method: 'MEAN_OF_PARTS', otherwise: 'MEAN_OF_INDICATORS' },
  }),
  indicators: withItemCodes(BASE_FRAMEWORK.indicators, { 9: OIT_2568_UNKNOWN, 10: OIT_2568_UNKNOWN }),
  assumptions: [
    ...BASE_FRAMEWORK.assumptions,
    'EIT = unweighted mean of part 1 and part 2: fits the one published example (อบต.เมืองเพีย 6401010) exactly; equal weighting by rule is not confirmed.',
    'IIT question count (30) not checked for FY2568.',
  ],
  sources: [
    ...BASE_FRAMEWORK.sources,
    'https://www.bangkokpost.com/thailand/general/3090409/watchdog-says-transparency-study-not-a-corruption-gauge',
    'https://www.tambonkudpladuk.go.th/index.php/ita-all/gfhfhjk',
  ],
};
