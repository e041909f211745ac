import { round2 } from './round2';

describe('round2', () => {
  it.each([
    [93.878, 93.88],
    [0.125, 0.13],
    [81.455, 81.46],
    [1.005, 1.01],
    [2.675, 2.68],
    [99.706, 99.71],
    [98.62666666666667, 98.63],
    [69.225, 69.23],
    [0.124999, 0.12],
    [100, 100],
    [0, 0],
  ])('rounds %p to %p', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it('rounds halves away from zero for negative numbers', () => {
    expect(round2(-0.125)).toBe(-0.13);
    expect(round2(-81.455)).toBe(-81.46);
    expect(round2(-0.004)).toBe(0);
    expect(Object.is(round2(-0.004), -0)).toBe(false);
  });

  it('cleans binary noise from arithmetic (0.1 + 0.2, 0.3 × 97.41 + …)', () => {
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(round2(0.3 * 97.41 + 0.3 * 98.85 + 0.4 * 87.5)).toBe(93.88);
  });

  it('returns non-finite input unchanged', () => {
    expect(round2(Number.NaN)).toBeNaN();
    expect(round2(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rounds every 3-decimal value from 0.000 to 999.999 as exact decimal arithmetic would', () => {
    const wrong: number[] = [];
    for (let thousandths = 0; thousandths < 1_000_000; thousandths++) {
      const expected = Math.floor((thousandths + 5) / 10) / 100;
      if (round2(thousandths / 1000) !== expected) wrong.push(thousandths);
    }
    expect(wrong).toEqual([]);
  });
});
