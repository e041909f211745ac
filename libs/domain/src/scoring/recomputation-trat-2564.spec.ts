import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';
import { deriveToolScores } from './derive-tool-scores';
import { deriveTotal } from './derive-total';
import { round2 } from './round2';

// Trat, FY2564: province-level indicator means from the Group-2 ITA 2564 report, published total 81.45
// (docs/ita-domain.md §2).
const FY2564 = getFramework(2564);
const indicators = { 1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56 };

describe('recomputation check: Trat FY2564', () => {
  it('rounds the tool means half away from zero: IIT 89.946 → 89.95, EIT 89.27, OIT 69.225 → 69.23', () => {
    expect(deriveToolScores(FY2564, indicators)).toEqual({ IIT: 89.95, EIT: 89.27, OIT: 69.23 });
  });

  // The domain notes print the unrounded sum as 81.455; to 4 decimals it is 81.4548, which NACC rounds to 81.45.
  it('the weighted sum of the unrounded tool means is 81.4548 → 81.45, the published total', () => {
    expect(0.3 * 89.946 + 0.3 * 89.27 + 0.4 * 69.225).toBeCloseTo(81.4548, 10);
    expect(round2(0.3 * 89.946 + 0.3 * 89.27 + 0.4 * 69.225)).toBe(81.45);
  });

  it('derives 81.46 from the stored (rounded) tools: 0.3 × 89.95 + 0.3 × 89.27 + 0.4 × 69.23 = 81.458', () => {
    expect(deriveTotal(FY2564, { IIT: 89.95, EIT: 89.27, OIT: 69.23 })).toBe(81.46);
  });

  // The contract derives from stored tool values, so the derived total is 0.01 off the published one: within tolerance.
  it('accepts the published 81.45 within the 0.01 tolerance and keeps it', () => {
    const assessment = assessResult(FY2564, { total: 81.45, indicators });
    expect(assessment.findings).toEqual([]);
    expect(assessment.effective.total).toBe(81.45);
    expect(assessment.derived.total).toBe(81.46);
  });

  it('rates 81.45 as B (75–84.99) in the AA–F rubric', () => {
    expect(assessResult(FY2564, { total: 81.45, indicators }).effective.level).toEqual({ code: 'B', label: 'B' });
  });
});
