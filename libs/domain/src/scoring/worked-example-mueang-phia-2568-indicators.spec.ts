import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';
import { deriveToolScores } from './derive-tool-scores';

// อบต.เมืองเพีย 6401010, FY2568: the ten indicator scores the same report lists.
// Checked here: they are consistent with the published tools — IIT 487.06 / 5 = 97.412, EIT 296.55 / 3 = 98.85
// (= the mean of the two parts), OIT (80 + 95) / 2 = 87.50 — so they reproduce 93.88 / ผ่านดี on their own.
const FY2568 = getFramework(2568);
const indicators = { 1: 94.9, 2: 98.24, 3: 99.02, 4: 97.25, 5: 97.65, 6: 98.87, 7: 98.72, 8: 98.96, 9: 80.0, 10: 95.0 };

describe('worked example: อบต.เมืองเพีย 6401010, FY2568 (indicators only)', () => {
  it('derives IIT 97.41, EIT 98.85, OIT 87.50 from the indicators', () => {
    expect(deriveToolScores(FY2568, indicators)).toEqual({ IIT: 97.41, EIT: 98.85, OIT: 87.5 });
  });

  it('derives total 93.88 and level ผ่านดี', () => {
    const assessment = assessResult(FY2568, { indicators });
    expect(assessment.effective.total).toBe(93.88);
    expect(assessment.effective.methods).toMatchObject({ iit: 'MEAN_OF_INDICATORS', eit: 'MEAN_OF_INDICATORS', oit: 'MEAN_OF_INDICATORS' });
    expect(assessment.derived.level?.code).toBe('GOOD');
  });

  it('finds nothing when the indicators come with everything published', () => {
    const assessment = assessResult(FY2568, {
      iit: 97.41,
      eitPart1: 99.82,
      eitPart2: 97.88,
      oit: 87.5,
      total: 93.88,
      level: 'ผ่านดี',
      indicators,
    });
    expect(assessment.findings).toEqual([]);
  });

  it('lets a published tool with a typo win, and flags it against the indicators', () => {
    const assessment = assessResult(FY2568, { iit: 97.14, oit: 87.5, eitPart1: 99.82, eitPart2: 97.88, total: 93.88, indicators });
    expect(assessment.effective.iit).toBe(97.14);
    expect(assessment.findings).toContainEqual({
      code: 'TOOL_MISMATCH',
      field: 'iit',
      published: 97.14,
      derived: 97.41,
      difference: -0.27,
      tolerance: 0.01,
    });
  });
});
