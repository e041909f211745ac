import { yearsForSecondConnection } from './analytics-recompute.service';

describe('yearsForSecondConnection', () => {
  it('gives the earlier ~70% of the years, at least one to each side, when there are two connections', () => {
    expect(yearsForSecondConnection([2562, 2563, 2564, 2565, 2566, 2567, 2568], 10)).toEqual([2562, 2563, 2564, 2565, 2566]);
    expect(yearsForSecondConnection([2565, 2566, 2567], 2)).toEqual([2565, 2566]);
    expect(yearsForSecondConnection([2566, 2567], 2)).toEqual([2566]);
  });

  it('gives none for one year or one connection (the embedded database)', () => {
    expect(yearsForSecondConnection([2566], 10)).toEqual([]);
    expect(yearsForSecondConnection([2562, 2563, 2564], 1)).toEqual([]);
  });
});
