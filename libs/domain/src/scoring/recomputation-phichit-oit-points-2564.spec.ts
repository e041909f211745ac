import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';
import { toolPointsFromScore } from './tool-points-from-score';
import { toolScoreFromPoints } from './tool-score-from-points';

// Phichit agencies, FY2564 (PSU Group-6 report p.138): the OIT column is 0.4 × mean(indicator 9, indicator 10).
const FY2564 = getFramework(2564);

describe('recomputation check: Phichit OIT points FY2564', () => {
  it('(93.50, 100) → OIT 96.75 → 38.70 points', () => {
    const assessment = assessResult(FY2564, { indicators: { 9: 93.5, 10: 100 } });
    expect(assessment.effective.oit).toBe(96.75);
    expect(toolPointsFromScore(FY2564, 'OIT', 96.75)).toBe(38.7);
  });

  it('38.70 OIT points convert back to 96.75', () => {
    expect(toolScoreFromPoints(FY2564, 'OIT', 38.7)).toBe(96.75);
  });

  it('(97.78, 93.75) → OIT 95.765 → 95.77 → 38.31 points, matching the published 38.31', () => {
    const assessment = assessResult(FY2564, { oitPoints: 38.31, indicators: { 9: 97.78, 10: 93.75 } });
    expect(assessment.derived.oit).toBe(95.77);
    expect(assessment.findings).toEqual([]);
  });

  it('uses the published points over the indicators for the stored OIT score (38.31 ÷ 0.4 = 95.775 → 95.78)', () => {
    const assessment = assessResult(FY2564, { oitPoints: 38.31, indicators: { 9: 97.78, 10: 93.75 } });
    expect(assessment.effective.oit).toBe(95.78);
    expect(assessment.effective.methods.oit).toBe('FROM_POINTS');
    expect(assessment.effective.sources.oit).toBe('DERIVED');
  });
});
