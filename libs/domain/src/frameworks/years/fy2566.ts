import { itemRange } from '../data/item-range';
import { withItemCodes } from '../data/with-item-codes';
import type { AssessmentFramework } from '../model/assessment-framework';
import { PASS_LEVELS } from '../rubrics/pass-levels';
import { BASE_FRAMEWORK } from './base-framework';

export const FY2566: AssessmentFramework = {
  ...BASE_FRAMEWORK,
  fiscalYear: 2566,
  rubric: PASS_LEVELS,
  confidence: { ...BASE_FRAMEWORK.confidence, rubric: 'MEDIUM' },
  indicators: withItemCodes(BASE_FRAMEWORK.indicators, {
    9: itemRange('o', 1, 33, 'LOW'),
    10: itemRange('o', 34, 43, 'LOW'),
  }),
  assumptions: [
    ...BASE_FRAMEWORK.assumptions,
    'Weights 30/30/40 and tool = mean of indicators assumed (no contrary source).',
    'First year of the pass-level rubric (IPST: "A" in 2565, "ผ่าน" in 2566); the per-tool condition of ผ่านดี is confirmed only from 2567.',
    'OIT has 43 items O1–O43 but was re-ordered (O31–O33 = No Gift Policy); the split indicator 9 = O1–O33 / indicator 10 = O34–O43 is carried over from 2563 and may be wrong for 2566.',
  ],
  sources: [...BASE_FRAMEWORK.sources, 'https://www.nationthailand.com/thailand/general/40030119', 'http://sesao15.go.th/web15/ita-online'],
};
