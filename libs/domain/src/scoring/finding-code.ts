export type FindingCode =
  /** Published total vs the total derived from the tool scores. */
  | 'TOTAL_MISMATCH'
  /** Published 0–100 tool score vs the one derived from its indicators (or EIT parts). */
  | 'TOOL_MISMATCH'
  /** Published weighted points vs the points of the published (else derived) tool score, compared on the points scale. */
  | 'TOOL_POINTS_MISMATCH'
  /** EIT from its parts vs EIT from indicators 6–8, in a year that defines parts. */
  | 'EIT_PARTS_MISMATCH'
  /** EIT parts given for a year whose framework has none; they are ignored. */
  | 'EIT_PARTS_NOT_IN_FRAMEWORK'
  /** Published level differs from the year's rubric applied to the effective total and tools. */
  | 'LEVEL_MISMATCH'
  /** Published level text that does not parse for the year's rubric; kept as published, code unknown. */
  | 'LEVEL_UNRECOGNISED';
