import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';

// อบต.เมืองเพีย 6401010 (ขอนแก่น), FY2568, from the organisation's own published analysis (docs/ita-domain.md §9):
// IIT 97.41, EIT part 1 99.82, part 2 97.88, OIT 87.50, total 93.88 "ผ่านดี".
const FY2568 = getFramework(2568);
const published = { iit: 97.41, eitPart1: 99.82, eitPart2: 97.88, oit: 87.5, total: 93.88, level: 'ผ่านดี', indicators: {} };

describe('worked example: อบต.เมืองเพีย 6401010, FY2568 (published tools and EIT parts)', () => {
  const assessment = assessResult(FY2568, published);

  it('derives EIT as the mean of its two parts: (99.82 + 97.88) / 2 = 98.85', () => {
    expect(assessment.effective.eit).toBe(98.85);
    expect(assessment.effective.methods.eit).toBe('MEAN_OF_PARTS');
    expect(assessment.effective.sources.eit).toBe('DERIVED');
  });

  it('derives the published total: 29.223 + 29.655 + 35.000 = 93.878 → 93.88', () => {
    expect(assessment.derived.total).toBe(93.88);
    expect(assessment.effective.total).toBe(93.88);
    expect(assessment.effective.sources.total).toBe('PUBLISHED');
  });

  it('agrees with the published level ผ่านดี (every tool ≥ 85, total < 95)', () => {
    expect(assessment.derived.level?.code).toBe('GOOD');
    expect(assessment.effective.level).toEqual({ code: 'GOOD', label: 'ผ่านดี' });
  });

  it('has no findings', () => {
    expect(assessment.findings).toEqual([]);
  });

  it('derives the same total and level when the total and level are not published', () => {
    const derived = assessResult(FY2568, { iit: 97.41, eitPart1: 99.82, eitPart2: 97.88, oit: 87.5, indicators: {} });
    expect(derived.effective.total).toBe(93.88);
    expect(derived.effective.sources.total).toBe('DERIVED');
    expect(derived.effective.level).toEqual({ code: 'GOOD', label: 'ผ่านดี' });
  });
});
