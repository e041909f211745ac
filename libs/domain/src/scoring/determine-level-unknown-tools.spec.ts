import { getFramework } from '../frameworks/get-framework';
import { determineLevel } from './determine-level';
import { possibleLevels } from './possible-levels';

// When a tool score is unknown, determineLevel does not award a level whose per-tool condition cannot be checked;
// possibleLevels lists every level the result could have.
const FY2568 = getFramework(2568);
const codes = (levels: readonly { code: string }[]): string[] => levels.map((level) => level.code);

describe('levels with unknown tool scores', () => {
  it('total ≥ 95 with no tools known → ผ่าน; could be any of ผ่านดีเยี่ยม / ผ่านดี / ผ่าน', () => {
    expect(determineLevel(FY2568, 96)?.code).toBe('PASS');
    expect(codes(possibleLevels(FY2568, 96))).toEqual(['EXCELLENT', 'GOOD', 'PASS']);
  });

  it('a known tool below 95 rules out ผ่านดีเยี่ยม even with another tool unknown', () => {
    expect(codes(possibleLevels(FY2568, 96, { IIT: 94, EIT: null, OIT: 99 }))).toEqual(['GOOD', 'PASS']);
  });

  it('a known tool below 85 decides ผ่าน whatever the unknown tools are', () => {
    expect(determineLevel(FY2568, 90, { IIT: 80 })?.code).toBe('PASS');
    expect(codes(possibleLevels(FY2568, 90, { IIT: 80 }))).toEqual(['PASS']);
  });

  it('levels without per-tool conditions need no tool score', () => {
    expect(determineLevel(FY2568, 75)?.code).toBe('NEEDS_IMPROVEMENT');
    expect(codes(possibleLevels(FY2568, 75))).toEqual(['NEEDS_IMPROVEMENT']);
  });

  it('with every tool known, possibleLevels is exactly the determined level', () => {
    expect(codes(possibleLevels(FY2568, 99.5, { IIT: 99.71, EIT: 98.63, OIT: 100 }))).toEqual(['EXCELLENT']);
    expect(possibleLevels(FY2568, null)).toEqual([]);
  });
});
