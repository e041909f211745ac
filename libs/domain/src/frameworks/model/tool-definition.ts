import type { ItemCodes } from './item-codes';
import type { ToolCode } from './tool-code';
import type { ToolPartDefinition } from './tool-part-definition';
import type { ToolScoring } from './tool-scoring';

export interface ToolDefinition {
  readonly code: ToolCode;
  readonly nameTh: string;
  readonly nameEn: string;
  /** Fraction of the total, e.g. 0.3. */
  readonly weight: number;
  /** Weighted points at a tool score of 100 (weight × 100). */
  readonly maxPoints: number;
  readonly indicators: readonly number[];
  readonly scoring: ToolScoring;
  readonly parts: readonly ToolPartDefinition[];
  readonly itemCodes: ItemCodes;
}
