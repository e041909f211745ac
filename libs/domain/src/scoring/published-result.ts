import type { IndicatorScores } from './indicator-scores';

/** One organisation-year as a file published it. Absent / null = not published. Tool points are weighted (IIT, EIT /30, OIT /40). */
export interface PublishedResult {
  readonly total?: number | null;
  /** The level text as published (e.g. "ผ่านดี", "AA"). */
  readonly level?: string | null;
  readonly iit?: number | null;
  readonly eit?: number | null;
  readonly oit?: number | null;
  readonly iitPoints?: number | null;
  readonly eitPoints?: number | null;
  readonly oitPoints?: number | null;
  readonly eitPart1?: number | null;
  readonly eitPart2?: number | null;
  readonly indicators: IndicatorScores;
}
