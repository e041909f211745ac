import { getFramework } from '../frameworks/get-framework';
import { deriveToolScore } from './derive-tool-score';
import { deriveToolScores } from './derive-tool-scores';

const FY2566 = getFramework(2566);
const FY2568 = getFramework(2568);
const all = { 1: 90, 2: 80, 3: 70, 4: 60, 5: 50, 6: 91, 7: 92, 8: 93, 9: 99.99, 10: 0 };

describe('deriveToolScores', () => {
  it('takes the mean of each tool’s own indicators', () => {
    expect(deriveToolScores(FY2566, all)).toEqual({ IIT: 70, EIT: 92, OIT: 50 });
  });

  it('gives null for a tool with any indicator missing, and only for that tool', () => {
    expect(deriveToolScores(FY2566, { ...all, 7: undefined })).toEqual({ IIT: 70, EIT: null, OIT: 50 });
    expect(deriveToolScores(FY2566, { ...all, 10: null })).toEqual({ IIT: 70, EIT: 92, OIT: null });
    expect(deriveToolScores(FY2566, {})).toEqual({ IIT: null, EIT: null, OIT: null });
  });

  it('treats NaN as missing', () => {
    expect(deriveToolScores(FY2566, { ...all, 1: Number.NaN }).IIT).toBeNull();
  });

  it('uses the EIT parts in FY2568 when both are given, over indicators 6–8', () => {
    expect(deriveToolScores(FY2568, all, { 1: 99.82, 2: 97.88 }).EIT).toBe(98.85);
    expect(deriveToolScore(FY2568, 'EIT', all, { 1: 99.82, 2: 97.88 })).toEqual({ value: 98.85, method: 'MEAN_OF_PARTS' });
  });

  it('falls back to indicators 6–8 in FY2568 when a part is missing', () => {
    expect(deriveToolScore(FY2568, 'EIT', all, { 1: 99.82 })).toEqual({ value: 92, method: 'MEAN_OF_INDICATORS' });
    expect(deriveToolScores(FY2568, {}, { 1: 99.82 }).EIT).toBeNull();
  });

  it('ignores EIT parts in a year that has none', () => {
    expect(deriveToolScores(FY2566, all, { 1: 10, 2: 20 }).EIT).toBe(92);
    expect(deriveToolScores(FY2566, {}, { 1: 10, 2: 20 }).EIT).toBeNull();
  });

  it('rounds each tool mean to 2 decimals half away from zero', () => {
    // OIT (93.50 + 100) / 2 = 96.75; IIT 498.53 / 5 = 99.706; EIT (0.01 + 0.01 + 0.02) / 3 = 0.01333…
    expect(deriveToolScores(FY2566, { 1: 100, 2: 100, 3: 100, 4: 99.02, 5: 99.51, 6: 0.01, 7: 0.01, 8: 0.02, 9: 93.5, 10: 100 })).toEqual({
      IIT: 99.71,
      EIT: 0.01,
      OIT: 96.75,
    });
  });

  it('agrees with exact integer arithmetic for 20,000 pseudo-random indicator sets', () => {
    let seed = 2568;
    const nextHundredths = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % 10001;
    };
    const roundedMean = (hundredths: number[]): number =>
      Math.floor((2 * hundredths.reduce((a, b) => a + b, 0) + hundredths.length) / (2 * hundredths.length)) / 100;
    const wrong: string[] = [];
    for (let run = 0; run < 20_000; run++) {
      const scores = Array.from({ length: 10 }, nextHundredths);
      const derived = deriveToolScores(FY2566, Object.fromEntries(scores.map((score, index) => [index + 1, score / 100])));
      const expected = { IIT: roundedMean(scores.slice(0, 5)), EIT: roundedMean(scores.slice(5, 8)), OIT: roundedMean(scores.slice(8)) };
      if (JSON.stringify(derived) !== JSON.stringify(expected)) wrong.push(scores.join(' '));
    }
    expect(wrong).toEqual([]);
  });
});
