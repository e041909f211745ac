import { render } from '@testing-library/react';
import { EChart } from './e-chart';
import type { ChartOption } from './chart-option';

const option: ChartOption = {
  title: { text: 'คะแนนรวม' },
  xAxis: { type: 'category', data: ['2566', '2567', '2568'] },
  yAxis: { type: 'value', min: 0, max: 100 },
  series: [{ type: 'line', name: 'Total', data: [72.5, 80.25, 91] }],
};

describe('EChart', () => {
  it('renders the option as SVG with the svg renderer', () => {
    const { container } = render(<EChart option={option} renderer="svg" width={480} height={300} ariaLabel="trend" />);

    const svg = container.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg?.getAttribute('width')).toBe('480');
    expect(svg?.getAttribute('height')).toBe('300');
    const texts = Array.from(container.querySelectorAll('svg text')).map((node) => node.textContent);
    expect(texts).toEqual(expect.arrayContaining(['คะแนนรวม', '2566', '2567', '2568', '100']));
    // Text is drawn in the product's Thai-capable font stack.
    expect(container.querySelector('svg text')?.getAttribute('style')).toContain('Sarabun');
    // The line itself: a path with one move and two line segments (three points).
    const paths = Array.from(container.querySelectorAll('svg path')).map((node) => node.getAttribute('d') ?? '');
    expect(paths.some((d) => /^M[^M]*L[^M]*L[^M]*$/.test(d.trim()))).toBe(true);
  });

  it('replaces the option instead of merging it', () => {
    const { container, rerender } = render(<EChart option={option} renderer="svg" width={480} height={300} />);
    const next: ChartOption = {
      xAxis: { type: 'category', data: ['2560'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [50] }],
    };
    rerender(<EChart option={next} renderer="svg" width={480} height={300} />);

    const texts = Array.from(container.querySelectorAll('svg text')).map((node) => node.textContent);
    expect(texts).toContain('2560');
    expect(texts).not.toContain('คะแนนรวม');
  });
});
