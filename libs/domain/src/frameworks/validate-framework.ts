import { INDICATOR_NUMBERS } from './indicator-numbers';
import type { AssessmentFramework } from './model/assessment-framework';
import { TOOL_CODES } from './model/tool-codes';

const ITEM_PREFIX = { IIT: 'i', EIT: 'e', OIT: 'o' } as const;

/** Structural problems of a framework definition (empty when sound). Guards hand-written year data. */
export function validateFramework(framework: AssessmentFramework): string[] {
  const issues: string[] = [];
  const { tools, indicators, rubric } = framework;

  if (!Number.isInteger(framework.fiscalYear) || framework.fiscalYear < 2561)
    issues.push(`fiscalYear ${framework.fiscalYear} is not a BE year ≥ 2561`);
  if (tools.map((tool) => tool.code).join() !== TOOL_CODES.join()) issues.push('tools must be IIT, EIT, OIT in that order');
  const weightSum = tools.reduce((sum, tool) => sum + tool.weight, 0);
  if (Math.abs(weightSum - 1) > 1e-9) issues.push(`tool weights sum to ${weightSum}, not 1`);
  for (const tool of tools) {
    if (Math.abs(tool.maxPoints - tool.weight * 100) > 1e-9) issues.push(`${tool.code}: maxPoints ${tool.maxPoints} ≠ weight × 100`);
    if (tool.scoring.method === 'MEAN_OF_PARTS' && tool.parts.length < 2)
      issues.push(`${tool.code}: MEAN_OF_PARTS needs at least two parts`);
    if (tool.parts.some((part, index) => part.part !== index + 1)) issues.push(`${tool.code}: parts must be numbered 1, 2, …`);
    for (const number of tool.indicators) {
      if (indicators.find((indicator) => indicator.number === number)?.tool !== tool.code)
        issues.push(`${tool.code}: indicator ${number} does not name this tool`);
    }
  }
  if (indicators.map((indicator) => indicator.number).join() !== INDICATOR_NUMBERS.join()) issues.push('indicators must be 1–10 in order');
  const claimed = tools.flatMap((tool) => tool.indicators).sort((a, b) => a - b);
  if (claimed.join() !== INDICATOR_NUMBERS.join()) issues.push('every indicator must belong to exactly one tool');

  for (const tool of tools) {
    const ranges = indicators.filter((indicator) => indicator.tool === tool.code).map((indicator) => indicator.itemCodes);
    const prefix = ITEM_PREFIX[tool.code];
    if ([tool.itemCodes, ...ranges].some((codes) => codes.status === 'KNOWN' && codes.prefix !== prefix))
      issues.push(`${tool.code}: item codes must start with "${prefix}"`);
    if (tool.itemCodes.status !== 'KNOWN' || ranges.some((codes) => codes.status !== 'KNOWN')) continue;
    let next = tool.itemCodes.first;
    for (const codes of ranges) {
      if (codes.status === 'KNOWN' && codes.first !== next)
        issues.push(`${tool.code}: item ranges must be contiguous from ${tool.itemCodes.first}`);
      if (codes.status === 'KNOWN') next = codes.last + 1;
    }
    if (next !== tool.itemCodes.last + 1) issues.push(`${tool.code}: indicator item ranges do not end at ${tool.itemCodes.last}`);
  }

  const levels = rubric.levels;
  if (levels.some((level, index) => level.order !== index + 1)) issues.push(`${rubric.id}: level order must be 1, 2, … best first`);
  if (levels.some((level, index) => index > 0 && level.minTotal > levels[index - 1].minTotal))
    issues.push(`${rubric.id}: minTotal must not increase`);
  if (levels.at(-1)?.minTotal !== 0) issues.push(`${rubric.id}: the last level must start at 0`);
  if (new Set(levels.map((level) => level.code)).size !== levels.length) issues.push(`${rubric.id}: duplicate level codes`);
  if (levels.some((level) => level.passes !== level.minTotal >= 85)) issues.push(`${rubric.id}: passes must mean minTotal ≥ 85`);
  for (const group of rubric.groups) {
    if (!group.members.every((code) => levels.some((level) => level.code === code)))
      issues.push(`${rubric.id}: group ${group.code} names an unknown level`);
  }
  return issues;
}
