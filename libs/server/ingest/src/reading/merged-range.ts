/** A merged cell range: rows 1-based as shown, columns 0-based. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
