import { useMemo } from 'react';
import { EChart, type ChartRenderer } from '@ita/web/charts';
import { useI18n } from '../../../app/i18n';
import { buildTotalTrendOption, type TotalTrendRow } from './build-total-trend-option';

export interface TotalTrendChartProps {
  rows: readonly TotalTrendRow[];
  /** Accessible description of the chart. */
  label: string;
  renderer?: ChartRenderer;
}

export function TotalTrendChart({ rows, label, renderer = 'svg' }: TotalTrendChartProps) {
  const { t, format } = useI18n();
  const option = useMemo(
    () =>
      buildTotalTrendOption(rows, {
        seriesName: t('org.chart.series'),
        year: format.year,
        fiscalYearTitle: (fiscalYear) => t('common.fiscalYear', { year: format.year(fiscalYear) }),
        score: format.score,
      }),
    [rows, t, format],
  );
  return <EChart option={option} renderer={renderer} height={280} ariaLabel={label} />;
}
