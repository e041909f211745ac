import { PASS_LEVELS } from '../frameworks/rubrics/pass-levels';
import { RATING_AA_F } from '../frameworks/rubrics/rating-aa-f';
import { isLevelConsistent } from './is-level-consistent';

describe('isLevelConsistent', () => {
  it('accepts the same level and rejects another', () => {
    expect(isLevelConsistent(PASS_LEVELS, 'GOOD', ['GOOD'])).toBe(true);
    expect(isLevelConsistent(PASS_LEVELS, 'GOOD', ['EXCELLENT'])).toBe(false);
  });

  it('accepts a level among several candidates', () => {
    expect(isLevelConsistent(PASS_LEVELS, 'GOOD', ['EXCELLENT', 'GOOD', 'PASS'])).toBe(true);
  });

  it('accepts a group when a candidate is one of its members', () => {
    expect(isLevelConsistent(PASS_LEVELS, 'NOT_PASSED', ['URGENT_IMPROVEMENT'])).toBe(true);
    expect(isLevelConsistent(PASS_LEVELS, 'NOT_PASSED', ['PASS'])).toBe(false);
    expect(isLevelConsistent(RATING_AA_F, 'PASSED', ['A'])).toBe(true);
    expect(isLevelConsistent(RATING_AA_F, 'PASSED', ['B'])).toBe(false);
  });

  it('rejects a group the rubric does not define', () => {
    expect(isLevelConsistent(PASS_LEVELS, 'PASSED', ['PASS'])).toBe(false);
  });
});
