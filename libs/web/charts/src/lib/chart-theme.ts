import { registerTheme } from 'echarts/core';

/** Same stack as the app's CSS: ECharts draws its own text and would otherwise fall back to plain sans-serif. */
export const CHART_FONT_FAMILY = "'Sarabun', 'Noto Sans Thai', 'Leelawadee UI', 'Tahoma', sans-serif";

export const CHART_THEME = 'ita';

registerTheme(CHART_THEME, {
  color: ['#1d4ed8', '#f59e0b', '#059669', '#dc2626', '#7c3aed', '#0891b2'],
  textStyle: { fontFamily: CHART_FONT_FAMILY },
});
