import { getFramework } from '../frameworks/get-framework';
import { toolPointsFromScore } from './tool-points-from-score';
import { toolScoreFromPoints } from './tool-score-from-points';

const FY2564 = getFramework(2564);

describe('toolScoreFromPoints / toolPointsFromScore', () => {
  it('divides points by the tool weight', () => {
    expect(toolScoreFromPoints(FY2564, 'OIT', 38.7)).toBe(96.75);
    expect(toolScoreFromPoints(FY2564, 'IIT', 29.22)).toBe(97.4);
    expect(toolScoreFromPoints(FY2564, 'EIT', 30)).toBe(100);
    expect(toolScoreFromPoints(FY2564, 'OIT', 40)).toBe(100);
  });

  it('rounds the quotient half away from zero: 29.223 / 0.3 → 97.41, 20.005 / 0.3 = 66.6833 → 66.68', () => {
    expect(toolScoreFromPoints(FY2564, 'IIT', 29.223)).toBe(97.41);
    expect(toolScoreFromPoints(FY2564, 'IIT', 20.005)).toBe(66.68);
  });

  it('multiplies a score by the weight for points', () => {
    expect(toolPointsFromScore(FY2564, 'OIT', 96.75)).toBe(38.7);
    expect(toolPointsFromScore(FY2564, 'IIT', 97.41)).toBe(29.22);
    expect(toolPointsFromScore(FY2564, 'EIT', 98.85)).toBe(29.66);
  });
});
