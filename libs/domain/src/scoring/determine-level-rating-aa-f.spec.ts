import { getFramework } from '../frameworks/get-framework';
import { determineLevel } from './determine-level';

// FY2562–2565 rubric on the total alone: AA ≥95, A ≥85, B ≥75, C ≥65, D ≥55, E ≥50, F below.
const FY2565 = getFramework(2565);

describe('determineLevel, AA–F rubric (FY2562–2565)', () => {
  it.each([
    [100, 'AA'],
    [95.0, 'AA'],
    [94.99, 'A'],
    [85.0, 'A'],
    [84.99, 'B'],
    [75.0, 'B'],
    [74.99, 'C'],
    [65.0, 'C'],
    [64.99, 'D'],
    [55.0, 'D'],
    [54.99, 'E'],
    [50.0, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('total %p → %s', (total, expected) => {
    expect(determineLevel(FY2565, total)?.code).toBe(expected);
  });

  it('ignores tool scores (no per-tool conditions)', () => {
    expect(determineLevel(FY2565, 96, { IIT: 10, EIT: 10, OIT: 10 })?.code).toBe('AA');
  });

  it('passes only AA and A', () => {
    expect(determineLevel(FY2565, 85)?.passes).toBe(true);
    expect(determineLevel(FY2565, 84.99)?.passes).toBe(false);
  });

  it('applies to every year 2562–2565', () => {
    expect([2562, 2563, 2564, 2565].map((year) => determineLevel(getFramework(year), 95)?.code)).toEqual(['AA', 'AA', 'AA', 'AA']);
  });
});
