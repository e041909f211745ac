import type { ItemCodes } from './item-codes';
import type { ToolCode } from './tool-code';

export interface IndicatorDefinition {
  readonly number: number;
  readonly tool: ToolCode;
  readonly nameTh: string;
  /** PSU assessor report (FY2564) English name. */
  readonly nameEn: string;
  /** Other English names seen in use (e.g. NACC/Nation 2025). */
  readonly otherNamesEn: readonly string[];
  readonly itemCodes: ItemCodes;
}
