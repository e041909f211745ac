import { getFramework } from '../frameworks/get-framework';
import { listFrameworks } from '../frameworks/list-frameworks';
import { levelKey } from './level-key';
import { parseLevel } from './parse-level';

const FY2566 = getFramework(2566);
const FY2564 = getFramework(2564);

describe('parseLevel, pass-level years', () => {
  it.each([
    ['ผ่านดีเยี่ยม', 'EXCELLENT'],
    ['ดีเยี่ยม', 'EXCELLENT'],
    ['Excellent', 'EXCELLENT'],
    ['EXCELLENT', 'EXCELLENT'],
    [' ผ่าน ดีเยี่ยม ', 'EXCELLENT'],
    ['ผ่าน (ดีเยี่ยม)', 'EXCELLENT'],
    ['Excellent (ผ่านดีเยี่ยม)', 'EXCELLENT'],
    ['ระดับ ผ่านดีเยี่ยม', 'EXCELLENT'],
    ['ผ่านดี', 'GOOD'],
    ['ผ่าน\u00a0ดี', 'GOOD'],
    ['good', 'GOOD'],
    ['ผ่าน', 'PASS'],
    ['Pass', 'PASS'],
    ['PASSED', 'PASS'],
    ['ผ่าน (๙๑.๑๕)', 'PASS'],
    ['ต้องปรับปรุง', 'NEEDS_IMPROVEMENT'],
    ['Needs improvement', 'NEEDS_IMPROVEMENT'],
    ['ต้องปรับปรุงโดยด่วน', 'URGENT_IMPROVEMENT'],
    ['ต้องปรับปรุงเร่งด่วน', 'URGENT_IMPROVEMENT'],
    ['ไม่ผ่าน', 'NOT_PASSED'],
    ['สอบตก', 'NOT_PASSED'],
    ['Failed', 'NOT_PASSED'],
  ])('%p → %s', (raw, code) => {
    expect(parseLevel(raw, FY2566)).toBe(code);
  });

  it.each([['AA'], ['A'], ['ผ่านดีมาก'], ['Excellent (ผ่าน)'], ['ผ่าน / ไม่ผ่าน'], [''], ['-'], ['95.20'], [null], [undefined]])(
    '%p stays unknown (null)',
    (raw) => {
      expect(parseLevel(raw, FY2566)).toBeNull();
    },
  );
});

describe('parseLevel, AA–F years', () => {
  it.each([
    ['AA', 'AA'],
    ['aa', 'AA'],
    ['A ', 'A'],
    ['a', 'A'],
    ['B', 'B'],
    ['F', 'F'],
    ['ระดับ AA', 'AA'],
    ['AA (๙๕.๒๐)', 'AA'],
    ['A (ผ่าน)', 'A'],
    ['ผ่าน', 'PASSED'],
    ['Pass', 'PASSED'],
    ['ไม่ผ่าน', 'NOT_PASSED'],
  ])('%p → %s', (raw, code) => {
    expect(parseLevel(raw, FY2564)).toBe(code);
  });

  it.each([['ผ่านดี'], ['AAA'], ['G'], ['A (ไม่ผ่าน)'], ['A / B']])('%p stays unknown (null)', (raw) => {
    expect(parseLevel(raw, FY2564)).toBeNull();
  });
});

describe('level aliases', () => {
  it('never give one spelling two meanings within a rubric', () => {
    for (const { rubric } of listFrameworks()) {
      const seen = new Map<string, string>();
      const entries = [
        ...rubric.levels.flatMap((level) =>
          [level.code, level.labelTh, level.labelEn, ...level.aliases].map((alias) => [alias, level.code] as const),
        ),
        ...rubric.groups.flatMap((group) => [group.labelTh, group.labelEn, ...group.aliases].map((alias) => [alias, group.code] as const)),
      ];
      for (const [alias, code] of entries) {
        const key = levelKey(alias);
        expect([alias, seen.get(key) ?? code]).toEqual([alias, code]);
        seen.set(key, code);
      }
    }
  });
});
