import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';
import { deriveToolScores } from './derive-tool-scores';

// เทศบาลตำบลโพธิ์ทอง 5451607 (ร้อยเอ็ด), FY2566, from the organisation's own analysis (docs/ita-domain.md §9).
// Tool scores were not published; the organisation calls its result "ผ่านดี".
const FY2566 = getFramework(2566);
const indicators = { 1: 100.0, 2: 100.0, 3: 100.0, 4: 99.02, 5: 99.51, 6: 98.41, 7: 98.75, 8: 98.72, 9: 100.0, 10: 100.0 };

describe('worked example: เทศบาลตำบลโพธิ์ทอง 5451607, FY2566', () => {
  it('derives the tool scores from the indicators', () => {
    // IIT 498.53 / 5 = 99.706; EIT 295.88 / 3 = 98.6267; OIT 100
    expect(deriveToolScores(FY2566, indicators)).toEqual({ IIT: 99.71, EIT: 98.63, OIT: 100.0 });
  });

  it('derives the total 99.50 from the rounded tool scores, matching the published total', () => {
    // 0.3 × 99.71 + 0.3 × 98.63 + 0.4 × 100 = 99.502
    const assessment = assessResult(FY2566, { total: 99.5, level: 'ผ่านดี', indicators });
    expect(assessment.derived.total).toBe(99.5);
    expect(assessment.effective.total).toBe(99.5);
    expect(assessment.findings.filter((finding) => finding.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  it('without a published total, stores the derived one', () => {
    const assessment = assessResult(FY2566, { indicators });
    expect(assessment.effective).toMatchObject({ iit: 99.71, eit: 98.63, oit: 100, total: 99.5 });
    expect(assessment.effective.sources).toEqual({ total: 'DERIVED', iit: 'DERIVED', eit: 'DERIVED', oit: 'DERIVED', level: 'DERIVED' });
    expect(assessment.effective.level).toEqual({ code: 'EXCELLENT', label: 'ผ่านดีเยี่ยม' });
  });

  it('keeps the published "ผ่านดี" and flags that the rubric gives ผ่านดีเยี่ยม', () => {
    const assessment = assessResult(FY2566, { total: 99.5, level: 'ผ่านดี', indicators });
    expect(assessment.derived.level?.code).toBe('EXCELLENT');
    expect(assessment.effective.level).toEqual({ code: 'GOOD', label: 'ผ่านดี' });
    expect(assessment.effective.sources.level).toBe('PUBLISHED');
    expect(assessment.findings).toEqual([
      { code: 'LEVEL_MISMATCH', field: 'level', published: 'GOOD', derived: 'EXCELLENT', difference: null, tolerance: null },
    ]);
  });
});
