import { registerEnumType } from '@nestjs/graphql';

export enum Metric {
  TOTAL = 'TOTAL',
  IIT = 'IIT',
  EIT = 'EIT',
  OIT = 'OIT',
  INDICATOR_1 = 'INDICATOR_1',
  INDICATOR_2 = 'INDICATOR_2',
  INDICATOR_3 = 'INDICATOR_3',
  INDICATOR_4 = 'INDICATOR_4',
  INDICATOR_5 = 'INDICATOR_5',
  INDICATOR_6 = 'INDICATOR_6',
  INDICATOR_7 = 'INDICATOR_7',
  INDICATOR_8 = 'INDICATOR_8',
  INDICATOR_9 = 'INDICATOR_9',
  INDICATOR_10 = 'INDICATOR_10',
}
registerEnumType(Metric, { name: 'Metric', description: 'The total, a tool score or one indicator score (0–100)' });

/** The SQL expression of a metric over `results r`. */
export function metricSql(metric: Metric): string {
  if (metric === Metric.TOTAL) return 'r.total';
  if (metric === Metric.IIT || metric === Metric.EIT || metric === Metric.OIT) return `r.${metric.toLowerCase()}`;
  const n = Number(metric.slice('INDICATOR_'.length));
  return `r.indicator_scores[${n}]`;
}
