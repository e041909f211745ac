import { useEffect, useRef, type CSSProperties } from 'react';
import { init, type ECharts } from 'echarts/core';
import type { ChartOption } from './chart-option';
import { CHART_THEME } from './chart-theme';
import './register-echarts';

export type ChartRenderer = 'canvas' | 'svg';

export interface EChartProps {
  option: ChartOption;
  /** `canvas` for big series and maps, `svg` for crisp small charts, printing and tests. */
  renderer?: ChartRenderer;
  /** Fixed size in pixels; by default the chart fills its container's width and is 320 px high. */
  width?: number;
  height?: number;
  className?: string;
  style?: CSSProperties;
  /** Describes the chart for screen readers (the canvas itself says nothing). */
  ariaLabel?: string;
  onReady?: (chart: ECharts) => void;
}

/** The single ECharts wrapper: one instance per mount, resized with its container, disposed on unmount. */
export function EChart({ option, renderer = 'canvas', width, height, className, style, ariaLabel, onReady }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const chart = init(container, CHART_THEME, { renderer, width, height });
    chartRef.current = chart;
    onReadyRef.current?.(chart);

    const resize = () => {
      if (!chart.isDisposed()) chart.resize();
    };
    let observer: ResizeObserver | undefined;
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', resize);
    } else {
      observer = new ResizeObserver(resize);
      observer.observe(container);
    }
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      chart.dispose();
      chartRef.current = null;
    };
  }, [renderer, width, height]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option, renderer, width, height]);

  return (
    <div
      ref={containerRef}
      className={className}
      role="img"
      aria-label={ariaLabel}
      style={{ width: width ?? '100%', height: height ?? 320, ...style }}
    />
  );
}
