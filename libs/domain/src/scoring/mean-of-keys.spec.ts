import { meanOfAll } from './mean-of-all';
import { meanOfKeys } from './mean-of-keys';

describe('meanOfKeys', () => {
  it('is meanOfAll of the scores at the keys: rounded, null when any is missing, NaN or infinite, null for no keys', () => {
    const scores = { 1: 91.13, 2: 88.07, 3: 100, 4: null, 5: Number.NaN, 6: Number.POSITIVE_INFINITY, 7: 81.455, 8: 0 };
    const cases = [[1, 2, 3], [1, 7], [7, 8], [3], [1, 4], [5, 1], [6], [9], [], [2, 7, 8, 1]];
    for (const keys of cases) expect(meanOfKeys(keys, scores)).toBe(meanOfAll(keys.map((key) => scores[key as keyof typeof scores])));
    expect(meanOfKeys([1, 2, 3], scores)).toBe(93.07);
    expect(meanOfKeys([1, 4], scores)).toBeNull();
    expect(meanOfKeys([], scores)).toBeNull();
  });
});
