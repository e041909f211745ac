import type { AssessmentFramework } from '@ita/domain';
import { indicatorField } from './indicator-field';
import type { PublishedField } from './published-field';

/** Column order of the clean files; EIT parts only in years that report them. */
export function cleanFields(framework: AssessmentFramework): PublishedField[] {
  const hasParts = framework.tools.some((tool) => tool.parts.length > 0);
  return [
    'fiscal_year',
    'org_code',
    'org_name',
    'org_type',
    'province',
    'district',
    ...framework.indicators.map((indicator) => indicatorField(indicator.number)),
    'iit',
    'eit',
    ...(hasParts ? (['eit_part1', 'eit_part2'] as const) : []),
    'oit',
    'total',
    'level',
  ];
}
