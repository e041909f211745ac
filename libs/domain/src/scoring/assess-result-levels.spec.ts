import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';

// Scenario: published level strings of varying quality.
const FY2567 = getFramework(2567);
const FY2563 = getFramework(2563);
const tools = { iit: 96, eit: 84, oit: 95 }; // total 92.00 → ผ่าน (EIT < 85)

describe('assessResult and published levels', () => {
  it('keeps an aliased published level with its code and no finding when it agrees', () => {
    const assessment = assessResult(FY2567, { ...tools, level: ' Pass ', indicators: {} });
    expect(assessment.effective.level).toEqual({ code: 'PASS', label: 'Pass' });
    expect(assessment.findings).toEqual([]);
  });

  it('flags ผ่านดี when a tool is below 85 (the SAO FY2568 downgrade case)', () => {
    const assessment = assessResult(FY2567, { ...tools, level: 'ผ่านดี', indicators: {} });
    expect(assessment.findings).toEqual([
      { code: 'LEVEL_MISMATCH', field: 'level', published: 'GOOD', derived: 'PASS', difference: null, tolerance: null },
    ]);
    expect(assessment.effective.level).toEqual({ code: 'GOOD', label: 'ผ่านดี' });
  });

  it('keeps an unparseable level as published, code unknown, with a LEVEL_UNRECOGNISED finding', () => {
    const assessment = assessResult(FY2567, { ...tools, level: 'A', indicators: {} });
    expect(assessment.effective.level).toEqual({ code: null, label: 'A' });
    expect(assessment.effective.sources.level).toBe('PUBLISHED');
    expect(assessment.findings).toEqual([
      { code: 'LEVEL_UNRECOGNISED', field: 'level', published: 'A', derived: 'PASS', difference: null, tolerance: null },
    ]);
  });

  it('accepts "ไม่ผ่าน" for any level below 85, and flags it above', () => {
    expect(assessResult(FY2567, { total: 72, level: 'ไม่ผ่าน', indicators: {} }).findings).toEqual([]);
    expect(assessResult(FY2567, { total: 60, level: 'ไม่ผ่าน', indicators: {} }).findings).toEqual([]);
    expect(assessResult(FY2567, { total: 86, level: 'ไม่ผ่าน', indicators: {} }).findings).toMatchObject([
      { code: 'LEVEL_MISMATCH', published: 'NOT_PASSED', derived: 'PASS' },
    ]);
  });

  it('does not flag a published level that an unknown tool score could explain', () => {
    expect(assessResult(FY2567, { total: 97, level: 'ผ่านดีเยี่ยม', indicators: {} }).findings).toEqual([]);
    expect(assessResult(FY2567, { total: 97, iit: 94, level: 'ผ่านดีเยี่ยม', indicators: {} }).findings).toMatchObject([
      { code: 'LEVEL_MISMATCH', published: 'EXCELLENT', derived: 'PASS' },
    ]);
  });

  it('derives the level from the published total, not the derived one', () => {
    const assessment = assessResult(FY2563, { total: 84.99, iit: 90, eit: 90, oit: 90, indicators: {} });
    expect(assessment.derived.total).toBe(90);
    expect(assessment.derived.level?.code).toBe('B');
  });

  it('treats a blank published level as unpublished', () => {
    const assessment = assessResult(FY2563, { total: 95, level: ' \u00a0', indicators: {} });
    expect(assessment.effective.level).toEqual({ code: 'AA', label: 'AA' });
    expect(assessment.effective.sources.level).toBe('DERIVED');
  });

  it('cannot check a published level without a total', () => {
    const assessment = assessResult(FY2563, { level: 'AA', indicators: {} });
    expect(assessment.effective.level).toEqual({ code: 'AA', label: 'AA' });
    expect(assessment.derived.level).toBeNull();
    expect(assessment.findings).toEqual([]);
  });
});
