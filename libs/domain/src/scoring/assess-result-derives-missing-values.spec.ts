import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';

// Scenario: a file gives only some of the figures; the rest is derived where the year's rules allow.
const FY2567 = getFramework(2567);
const indicators = { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 80, 7: 80, 8: 80, 9: 100, 10: 90 };

describe('assessResult derives what is missing', () => {
  it('tools from indicators, total from the tools, level from the rubric', () => {
    const assessment = assessResult(FY2567, { indicators });
    expect(assessment.effective).toEqual({
      iit: 90,
      eit: 80,
      oit: 95,
      total: 89, // 27 + 24 + 38
      level: { code: 'PASS', label: 'ผ่าน' },
      sources: { total: 'DERIVED', iit: 'DERIVED', eit: 'DERIVED', oit: 'DERIVED', level: 'DERIVED' },
      methods: {
        total: 'WEIGHTED_TOOLS',
        iit: 'MEAN_OF_INDICATORS',
        eit: 'MEAN_OF_INDICATORS',
        oit: 'MEAN_OF_INDICATORS',
        level: 'RUBRIC',
      },
    });
    expect(assessment.findings).toEqual([]);
  });

  it('the total from published tools when only the total is missing', () => {
    const assessment = assessResult(FY2567, { iit: 99.1, eit: 98.2, oit: 100, indicators: {} });
    expect(assessment.effective.total).toBe(99.19); // 29.73 + 29.46 + 40
    expect(assessment.effective.sources).toMatchObject({ iit: 'PUBLISHED', eit: 'PUBLISHED', oit: 'PUBLISHED', total: 'DERIVED' });
    expect(assessment.effective.level?.code).toBe('EXCELLENT');
  });

  it('leaves a tool null when one of its indicators is missing, and then the total too', () => {
    const assessment = assessResult(FY2567, { indicators: { ...indicators, 8: null } });
    expect(assessment.effective).toMatchObject({ iit: 90, eit: null, oit: 95, total: null, level: null });
    expect(assessment.effective.sources).toMatchObject({ eit: null, total: null, level: null });
    expect(assessment.derived.total).toBeNull();
  });

  it('keeps a published total when the tools cannot be derived, with a conservative level', () => {
    const assessment = assessResult(FY2567, { total: 97.5, indicators: { 1: 99 } });
    expect(assessment.effective.total).toBe(97.5);
    expect(assessment.effective.sources.total).toBe('PUBLISHED');
    expect(assessment.derived.total).toBeNull();
    // ผ่านดีเยี่ยม / ผ่านดี need every tool; with none known only ผ่าน can be awarded
    expect(assessment.effective.level).toEqual({ code: 'PASS', label: 'ผ่าน' });
  });

  it('derives nothing from nothing', () => {
    const assessment = assessResult(FY2567, { indicators: {} });
    expect(assessment.derived).toEqual({ iit: null, eit: null, oit: null, total: null, level: null });
    expect(assessment.effective.level).toBeNull();
    expect(assessment.findings).toEqual([]);
  });
});
