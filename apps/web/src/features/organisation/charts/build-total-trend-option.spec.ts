import type { LineSeriesOption } from 'echarts/charts';
import { buildTotalTrendOption, type TotalTrendFormatters } from './build-total-trend-option';

const formatters: TotalTrendFormatters = {
  seriesName: 'คะแนนรวม',
  year: (fiscalYear) => String(fiscalYear),
  fiscalYearTitle: (fiscalYear) => `ปีงบประมาณ ${fiscalYear}`,
  score: (value) => value.toFixed(2),
};

function parts(option: ReturnType<typeof buildTotalTrendOption>) {
  return {
    xAxis: option.xAxis as { type: string; data: string[] },
    yAxis: option.yAxis as { type: string; min: number; max: number },
    series: (option.series as LineSeriesOption[])[0] as LineSeriesOption & { data: Array<number | null> },
    tooltip: option.tooltip as { formatter: (params: unknown) => string },
  };
}

describe('buildTotalTrendOption', () => {
  it('plots one point per fiscal year, oldest first, on the 0–100 scale', () => {
    const option = buildTotalTrendOption(
      [
        { fiscalYear: 2567, total: 91.2 },
        { fiscalYear: 2565, total: 72.5 },
        { fiscalYear: 2566, total: 80.25 },
      ],
      formatters,
    );
    const { xAxis, yAxis, series } = parts(option);

    expect(xAxis.data).toEqual(['2565', '2566', '2567']);
    expect(series).toMatchObject({ type: 'line', name: 'คะแนนรวม', data: [72.5, 80.25, 91.2] });
    expect(yAxis).toMatchObject({ type: 'value', min: 0, max: 100 });
  });

  it('keeps a slot for a year without a result and breaks the line there', () => {
    const option = buildTotalTrendOption(
      [
        { fiscalYear: 2563, total: 60 },
        { fiscalYear: 2566, total: 90 },
      ],
      formatters,
    );
    const { xAxis, series } = parts(option);

    expect(xAxis.data).toEqual(['2563', '2564', '2565', '2566']);
    expect(series.data).toEqual([60, null, null, 90]);
    expect(series.connectNulls).toBe(false);
  });

  it('shows years as given (Buddhist Era, no digit grouping) through the formatters', () => {
    const option = buildTotalTrendOption([{ fiscalYear: 2568, total: 85 }], { ...formatters, year: (y) => `พ.ศ. ${y}` });
    expect(parts(option).xAxis.data).toEqual(['พ.ศ. 2568']);
  });

  it('formats point labels and the tooltip with the score formatter', () => {
    const option = buildTotalTrendOption([{ fiscalYear: 2566, total: 85.5 }], formatters);
    const { series, tooltip } = parts(option);
    const labelFormatter = (series.label as { formatter: (params: { value: unknown }) => string }).formatter;

    expect(labelFormatter({ value: 85.5 })).toBe('85.50');
    expect(labelFormatter({ value: null })).toBe('');
    expect(tooltip.formatter([{ dataIndex: 0, value: 85.5 }])).toBe('ปีงบประมาณ 2566<br/>คะแนนรวม: <b>85.50</b>');
    expect(tooltip.formatter([{ dataIndex: 0, value: null }])).toBe('');
  });

  it('produces an empty chart for no rows', () => {
    const { xAxis, series } = parts(buildTotalTrendOption([], formatters));
    expect(xAxis.data).toEqual([]);
    expect(series.data).toEqual([]);
  });
});
