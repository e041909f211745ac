import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';

// Scenario: published figures that disagree with each other. Published values are kept; findings describe the gap.
const FY2565 = getFramework(2565);
const indicators = { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 80, 7: 80, 8: 80, 9: 100, 10: 90 }; // IIT 90, EIT 80, OIT 95 → 89.00

describe('assessResult with disagreeing published figures', () => {
  it('accepts a total 0.01 away from the derived one', () => {
    expect(assessResult(FY2565, { total: 89.01, indicators }).findings).toEqual([]);
    expect(assessResult(FY2565, { total: 88.99, indicators }).findings).toEqual([]);
  });

  it('flags a total 0.02 away, keeping the published total', () => {
    const assessment = assessResult(FY2565, { total: 89.02, indicators });
    expect(assessment.effective.total).toBe(89.02);
    expect(assessment.findings).toEqual([
      { code: 'TOTAL_MISMATCH', field: 'total', published: 89.02, derived: 89, difference: 0.02, tolerance: 0.01 },
    ]);
  });

  it('flags a published tool that is not the mean of its indicators, and uses the published tool for the total', () => {
    const assessment = assessResult(FY2565, { eit: 85, indicators });
    expect(assessment.findings).toEqual([
      { code: 'TOOL_MISMATCH', field: 'eit', published: 85, derived: 80, difference: 5, tolerance: 0.01 },
    ]);
    expect(assessment.effective.eit).toBe(85);
    expect(assessment.derived.eit).toBe(80);
    expect(assessment.effective.total).toBe(90.5); // 27 + 25.5 + 38
  });

  it('derives the total from the effective (published) tools, so a total consistent with them passes', () => {
    const assessment = assessResult(FY2565, { eit: 85, total: 90.5, indicators });
    expect(assessment.findings.map((finding) => finding.code)).toEqual(['TOOL_MISMATCH']);
  });

  it('reports a negative difference when the published value is lower', () => {
    const [finding] = assessResult(FY2565, { total: 88.5, indicators }).findings;
    expect(finding).toMatchObject({ code: 'TOTAL_MISMATCH', difference: -0.5 });
  });

  it('ignores NaN as if unpublished', () => {
    const assessment = assessResult(FY2565, { total: Number.NaN, iit: Number.NaN, indicators });
    expect(assessment.effective).toMatchObject({ total: 89, iit: 90 });
    expect(assessment.effective.sources).toMatchObject({ total: 'DERIVED', iit: 'DERIVED' });
  });
});
