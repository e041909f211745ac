import type { Confidence } from './confidence';

export interface FrameworkConfidence {
  readonly weights: Confidence;
  readonly toolScoring: Confidence;
  readonly rubric: Confidence;
  readonly itemCodes: Confidence;
}
