import type { AssessmentFramework } from '@ita/domain';
import type { ScoreField } from './parse-score-cells';

export interface IndicatorField {
  number: number;
  field: ScoreField;
}

const known = new WeakMap<AssessmentFramework, readonly IndicatorField[]>();

/** The year's indicators with the name of their score field (indicator_1 …), worked out once per year. */
export function indicatorFields(framework: AssessmentFramework): readonly IndicatorField[] {
  let fields = known.get(framework);
  if (!fields)
    known.set(framework, (fields = framework.indicators.map((i) => ({ number: i.number, field: `indicator_${i.number}` as ScoreField }))));
  return fields;
}
