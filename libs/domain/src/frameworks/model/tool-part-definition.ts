import type { Confidence } from './confidence';

/** A separately reported part of a tool score (EIT part 1 / part 2 in FY2568). */
export interface ToolPartDefinition {
  readonly part: number;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly description: string;
  readonly confidence: Confidence;
}
