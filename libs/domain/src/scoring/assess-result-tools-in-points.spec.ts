import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';

// Scenario: an assessor table giving tools in weighted points (IIT /30, EIT /30, OIT /40) and the total.
const FY2564 = getFramework(2564);

describe('assessResult with tools in weighted points', () => {
  const published = { iitPoints: 29.22, eitPoints: 29.66, oitPoints: 35, total: 93.88, indicators: {} };

  it('converts points to 0–100 tool scores and marks them derived from points', () => {
    const assessment = assessResult(FY2564, published);
    expect(assessment.effective).toMatchObject({ iit: 97.4, eit: 98.87, oit: 87.5 });
    expect(assessment.effective.sources).toMatchObject({ iit: 'DERIVED', eit: 'DERIVED', oit: 'DERIVED' });
    expect(assessment.effective.methods).toMatchObject({ iit: 'FROM_POINTS', eit: 'FROM_POINTS', oit: 'FROM_POINTS' });
  });

  it('checks the total against the converted tools with a 0.02 tolerance (points rounding is magnified by ÷ weight)', () => {
    // 0.3 × 97.40 + 0.3 × 98.87 + 0.4 × 87.50 = 93.881 → 93.88
    const assessment = assessResult(FY2564, { ...published, total: 93.9 });
    expect(assessment.derived.total).toBe(93.88);
    expect(assessment.findings).toEqual([]);
    expect(assessResult(FY2564, { ...published, total: 93.91 }).findings).toEqual([
      { code: 'TOTAL_MISMATCH', field: 'total', published: 93.91, derived: 93.88, difference: 0.03, tolerance: 0.02 },
    ]);
  });

  it('prefers a published 0–100 score over points, and checks the points against it on the points scale', () => {
    const assessment = assessResult(FY2564, { oit: 96.75, oitPoints: 38.7, indicators: {} });
    expect(assessment.effective.oit).toBe(96.75);
    expect(assessment.effective.methods.oit).toBe('PUBLISHED');
    expect(assessment.findings).toEqual([]);
    expect(assessResult(FY2564, { oit: 96.75, oitPoints: 37.7, indicators: {} }).findings).toEqual([
      { code: 'TOOL_POINTS_MISMATCH', field: 'oit', published: 37.7, derived: 38.7, difference: -1, tolerance: 0.01 },
    ]);
  });

  it('checks points against the indicators when no 0–100 score is published', () => {
    const findings = assessResult(FY2564, { oitPoints: 36, indicators: { 9: 93.5, 10: 100 } }).findings;
    expect(findings).toEqual([
      { code: 'TOOL_POINTS_MISMATCH', field: 'oit', published: 36, derived: 38.7, difference: -2.7, tolerance: 0.01 },
    ]);
  });

  it('uses the points-derived tool as the derived value when indicators are missing', () => {
    expect(assessResult(FY2564, { iitPoints: 29.22, indicators: {} }).derived.iit).toBe(97.4);
  });
});
