import { THREE_TOOLS } from '../data/three-tools';
import { withItemCodes } from '../data/with-item-codes';
import { withTool } from '../data/with-tool';
import type { AssessmentFramework } from '../model/assessment-framework';
import type { ItemCodes } from '../model/item-codes';
import { PASS_LEVELS } from '../rubrics/pass-levels';
import { BASE_FRAMEWORK } from './base-framework';

const OIT_2567_UNKNOWN: ItemCodes = { status: 'UNKNOWN', note: 'OIT was re-numbered in FY2567; the item count is not established.' };

export const FY2567: AssessmentFramework = {
  ...BASE_FRAMEWORK,
  fiscalYear: 2567,
  rubric: PASS_LEVELS,
  confidence: { ...BASE_FRAMEWORK.confidence, rubric: 'MEDIUM' },
  tools: withTool(THREE_TOOLS, 'OIT', { itemCodes: OIT_2567_UNKNOWN }),
  indicators: withItemCodes(BASE_FRAMEWORK.indicators, { 9: OIT_2567_UNKNOWN, 10: OIT_2567_UNKNOWN }),
  assumptions: [
    ...BASE_FRAMEWORK.assumptions,
    'Weights 30/30/40 and tool = mean of indicators assumed (no contrary source).',
    'OIT items are scored 100/0 each; the item list and its split between indicators 9 and 10 are unknown.',
  ],
  sources: [...BASE_FRAMEWORK.sources, 'https://www.sakonarea1.go.th/new2024/iit/', 'https://mgronline.com/uptodate/detail/9680000079675'],
};
