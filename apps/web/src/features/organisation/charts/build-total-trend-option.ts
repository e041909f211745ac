import type { ChartOption } from '@ita/web/charts';

export interface TotalTrendRow {
  /** Buddhist Era, e.g. 2566. */
  fiscalYear: number;
  total: number;
}

export interface TotalTrendFormatters {
  seriesName: string;
  /** Axis label of a year, e.g. "2566". */
  year: (fiscalYear: number) => string;
  /** Tooltip heading of a year, e.g. "ปีงบประมาณ 2566". */
  fiscalYearTitle: (fiscalYear: number) => string;
  score: (value: number) => string;
}

/**
 * ITA total by fiscal year on the 0–100 scale. Every year from the first to the last gets a slot, and a
 * year without a result breaks the line instead of joining its neighbours as if nothing had happened.
 */
export function buildTotalTrendOption(rows: readonly TotalTrendRow[], formatters: TotalTrendFormatters): ChartOption {
  const totals = new Map(rows.map((row) => [row.fiscalYear, row.total]));
  const years = [...totals.keys()].sort((a, b) => a - b);
  const allYears = years.length === 0 ? [] : Array.from({ length: years[years.length - 1] - years[0] + 1 }, (_, index) => years[0] + index);

  return {
    grid: { left: 48, right: 24, top: 32, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const [point] = Array.isArray(params) ? params : [params];
        const fiscalYear = allYears[point?.dataIndex ?? -1];
        const value = point?.value;
        if (fiscalYear === undefined || typeof value !== 'number') return '';
        return `${formatters.fiscalYearTitle(fiscalYear)}<br/>${formatters.seriesName}: <b>${formatters.score(value)}</b>`;
      },
    },
    xAxis: {
      type: 'category',
      data: allYears.map((fiscalYear) => formatters.year(fiscalYear)),
      axisTick: { alignWithLabel: true },
    },
    yAxis: { type: 'value', min: 0, max: 100, interval: 20 },
    series: [
      {
        type: 'line',
        name: formatters.seriesName,
        data: allYears.map((fiscalYear) => totals.get(fiscalYear) ?? null),
        connectNulls: false,
        symbolSize: 8,
        label: {
          show: true,
          position: 'top',
          formatter: ({ value }) => (typeof value === 'number' ? formatters.score(value) : ''),
        },
      },
    ],
  };
}
