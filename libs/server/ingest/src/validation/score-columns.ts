import type { AssessmentFramework } from '@ita/domain';
import type { ToolField, ToolScale } from './infer-tool-scales';
import type { ScoreField } from './parse-score-cells';

export interface ScoreColumn {
  field: ScoreField;
  /** The highest valid value: 100, or the tool's weighted points when its column holds points. */
  max: number;
}

const TOOL_FIELDS: readonly ToolField[] = ['iit', 'eit', 'oit'];
const known = new WeakMap<AssessmentFramework, Map<string, readonly ScoreColumn[]>>();

/** The score fields of a row of that year, in the order they are checked, worked out once per year and scales. */
export function scoreColumns(framework: AssessmentFramework, scales: Record<ToolField, ToolScale>): readonly ScoreColumn[] {
  let byScales = known.get(framework);
  if (!byScales) known.set(framework, (byScales = new Map()));
  const key = `${scales.iit}|${scales.eit}|${scales.oit}`;
  let columns = byScales.get(key);
  if (!columns) {
    const fields: ScoreField[] = [
      'total',
      ...TOOL_FIELDS,
      'eit_part1',
      'eit_part2',
      ...framework.indicators.map((i) => `indicator_${i.number}` as ScoreField),
    ];
    columns = fields.map((field) => {
      const tool = (TOOL_FIELDS as readonly string[]).includes(field)
        ? framework.tools.find((t) => t.code === field.toUpperCase())
        : undefined;
      return { field, max: tool && scales[field as ToolField] === 'POINTS' ? tool.maxPoints : 100 };
    });
    byScales.set(key, columns);
  }
  return columns;
}
