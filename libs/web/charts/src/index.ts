export { EChart } from './lib/e-chart';
export type { EChartProps, ChartRenderer } from './lib/e-chart';
export type { ChartOption } from './lib/chart-option';
export { CHART_FONT_FAMILY, CHART_THEME } from './lib/chart-theme';
