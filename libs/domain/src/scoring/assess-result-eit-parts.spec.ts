import { getFramework } from '../frameworks/get-framework';
import { assessResult } from './assess-result';

// Scenario: EIT reported as two parts (FY2568) — and mistakenly in a year without parts.
const FY2568 = getFramework(2568);
const FY2566 = getFramework(2566);
const indicators = { 1: 97, 2: 97, 3: 97, 4: 97, 5: 97, 6: 90, 7: 90, 8: 90, 9: 90, 10: 90 };

describe('assessResult with EIT parts', () => {
  it('flags parts that disagree with indicators 6–8, and uses the parts', () => {
    const assessment = assessResult(FY2568, { eitPart1: 96, eitPart2: 94, indicators });
    expect(assessment.effective.eit).toBe(95);
    expect(assessment.findings).toEqual([
      { code: 'EIT_PARTS_MISMATCH', field: 'eit', published: 95, derived: 90, difference: 5, tolerance: 0.01 },
    ]);
  });

  it('checks a published EIT against the mean of its parts', () => {
    const assessment = assessResult(FY2568, { eit: 98.85, eitPart1: 99.82, eitPart2: 97.0, indicators: {} });
    expect(assessment.effective.eit).toBe(98.85);
    expect(assessment.findings).toEqual([
      { code: 'TOOL_MISMATCH', field: 'eit', published: 98.85, derived: 98.41, difference: 0.44, tolerance: 0.01 },
    ]);
  });

  it('ignores parts in a year without them, with a finding', () => {
    const assessment = assessResult(FY2566, { eitPart1: 96, eitPart2: 94, indicators });
    expect(assessment.effective.eit).toBe(90);
    expect(assessment.findings).toEqual([
      { code: 'EIT_PARTS_NOT_IN_FRAMEWORK', field: 'eit', published: 95, derived: null, difference: null, tolerance: null },
    ]);
  });
});
