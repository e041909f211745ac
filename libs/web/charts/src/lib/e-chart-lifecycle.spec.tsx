import { act, render } from '@testing-library/react';
import { getInstanceByDom, init, type EChartsInitOpts } from 'echarts/core';
import { EChart } from './e-chart';
import type { ChartOption } from './chart-option';

// jsdom has no canvas, so the instance is created with the SVG painter; the test checks what the wrapper asked for.
jest.mock('echarts/core', () => {
  const actual = jest.requireActual<typeof import('echarts/core')>('echarts/core');
  return {
    ...actual,
    init: jest.fn((dom: HTMLElement, theme: string, opts: EChartsInitOpts) => actual.init(dom, theme, { ...opts, renderer: 'svg' })),
  };
});

const option: ChartOption = {
  xAxis: { type: 'category', data: ['2567', '2568'] },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: [70, 80] }],
};

type ObserverRecord = { callback: ResizeObserverCallback; observed: Element[]; disconnected: boolean };
const observers: ObserverRecord[] = [];
const originalResizeObserver = globalThis.ResizeObserver;

beforeEach(() => {
  observers.length = 0;
  globalThis.ResizeObserver = class {
    private readonly record: ObserverRecord;
    constructor(callback: ResizeObserverCallback) {
      this.record = { callback, observed: [], disconnected: false };
      observers.push(this.record);
    }
    observe(target: Element): void {
      this.record.observed.push(target);
    }
    unobserve(): void {
      // not needed by the wrapper
    }
    disconnect(): void {
      this.record.disconnected = true;
    }
  } as unknown as typeof ResizeObserver;
});

afterEach(() => {
  globalThis.ResizeObserver = originalResizeObserver;
});

function chartElement(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('[role="img"]');
  if (!element) throw new Error('no chart container');
  return element;
}

describe('EChart lifecycle', () => {
  it('uses the canvas renderer unless told otherwise', () => {
    const onReady = jest.fn();
    const { container } = render(<EChart option={option} width={400} height={200} onReady={onReady} />);

    expect(init).toHaveBeenLastCalledWith(chartElement(container), 'ita', { renderer: 'canvas', width: 400, height: 200 });
    expect(onReady).toHaveBeenCalledWith(getInstanceByDom(chartElement(container)));
  });

  it('resizes with its container and disposes the instance on unmount', () => {
    const { container, unmount } = render(<EChart option={option} renderer="svg" width={400} height={200} />);
    const element = chartElement(container);
    const chart = getInstanceByDom(element);
    if (!chart) throw new Error('no chart instance');
    const resize = jest.spyOn(chart, 'resize');

    expect(observers).toHaveLength(1);
    expect(observers[0].observed).toEqual([element]);
    act(() => observers[0].callback([], {} as ResizeObserver));
    expect(resize).toHaveBeenCalledTimes(1);

    unmount();
    expect(chart.isDisposed()).toBe(true);
    expect(observers[0].disconnected).toBe(true);
  });

  it('creates a new instance when the renderer changes', () => {
    const { container, rerender } = render(<EChart option={option} renderer="svg" width={400} height={200} />);
    const first = getInstanceByDom(chartElement(container));
    rerender(<EChart option={option} renderer="canvas" width={400} height={200} />);
    const second = getInstanceByDom(chartElement(container));

    expect(first?.isDisposed()).toBe(true);
    expect(second).not.toBe(first);
    expect(second?.getOption()).toMatchObject({ series: [expect.objectContaining({ data: [70, 80] })] });
  });
});
