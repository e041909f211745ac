import type { AssessmentFramework } from '@ita/domain';
import { indicatorWeights } from './indicator-weights';
import type { NationalTarget } from './national-target';
import type { YearProfile } from './year-profile';

/** Target means of indicators 1–10: 1–8 from the profile, 9 and 10 whatever makes the national total come out at the target. */
export function indicatorTargetMeans(framework: AssessmentFramework, profile: YearProfile, target: NationalTarget): number[] {
  const weights = indicatorWeights(framework);
  const fixed = profile.indicatorMeans.reduce((sum, mean, index) => sum + weights[index] * mean, 0);
  const oit = (target.mean - fixed) / (weights[8] + weights[9]);
  return [...profile.indicatorMeans, oit + profile.oitGap / 2, oit - profile.oitGap / 2];
}
