import { getFramework } from '../frameworks/get-framework';
import { determineLevel } from './determine-level';

// FY2566–2568 rubric: ผ่านดีเยี่ยม ≥95 and every tool ≥95; ผ่านดี ≥85 and every tool ≥85; ผ่าน ≥85;
// ต้องปรับปรุง ≥70; ต้องปรับปรุงโดยด่วน below 70.
const FY2567 = getFramework(2567);
const levelOf = (total: number, IIT: number, EIT: number, OIT: number): string | undefined =>
  determineLevel(FY2567, total, { IIT, EIT, OIT })?.code;

describe('determineLevel, pass-level rubric (FY2566–2568)', () => {
  it.each([
    [100, 100, 100, 100, 'EXCELLENT'],
    [95.0, 95.0, 95.0, 95.0, 'EXCELLENT'],
    [94.99, 99, 99, 99, 'GOOD'],
    [95.0, 99, 99, 94.99, 'GOOD'],
    [97.0, 94.99, 100, 100, 'GOOD'],
    [85.0, 85.0, 85.0, 85.0, 'GOOD'],
    [90.0, 84.99, 95, 90, 'PASS'],
    [94.64, 99, 84.5, 99, 'PASS'],
    [96.0, 100, 100, 84.99, 'PASS'],
    [85.0, 60, 100, 95, 'PASS'],
    [84.99, 99, 99, 99, 'NEEDS_IMPROVEMENT'],
    [70.0, 70, 70, 70, 'NEEDS_IMPROVEMENT'],
    [69.99, 80, 80, 60, 'URGENT_IMPROVEMENT'],
    [0, 0, 0, 0, 'URGENT_IMPROVEMENT'],
  ])('total %p with IIT %p, EIT %p, OIT %p → %s', (total, iit, eit, oit, expected) => {
    expect(levelOf(total, iit, eit, oit)).toBe(expected);
  });

  it('returns the full level definition', () => {
    expect(determineLevel(FY2567, 92.43, { IIT: 90, EIT: 90, OIT: 95 })).toMatchObject({
      code: 'GOOD',
      labelTh: 'ผ่านดี',
      labelEn: 'Good',
      minTotal: 85,
      minEachTool: 85,
      passes: true,
      order: 2,
    });
  });

  it('marks the levels from 85 up as passing', () => {
    expect(determineLevel(FY2567, 85, { IIT: 50, EIT: 50, OIT: 100 })?.passes).toBe(true);
    expect(determineLevel(FY2567, 84.99, { IIT: 90, EIT: 90, OIT: 90 })?.passes).toBe(false);
  });

  it('is null without a total', () => {
    expect(determineLevel(FY2567, null, { IIT: 100, EIT: 100, OIT: 100 })).toBeNull();
  });

  it('compares after rounding to 2 decimals (84.995 counts as 85.00)', () => {
    expect(levelOf(84.995, 90, 90, 90)).toBe('GOOD');
    expect(levelOf(84.994, 90, 90, 90)).toBe('NEEDS_IMPROVEMENT');
  });

  it('uses the same rubric in 2566 and 2568', () => {
    expect(determineLevel(getFramework(2566), 95, { IIT: 95, EIT: 95, OIT: 95 })?.code).toBe('EXCELLENT');
    expect(determineLevel(getFramework(2568), 93.88, { IIT: 97.41, EIT: 98.85, OIT: 87.5 })?.code).toBe('GOOD');
  });
});
