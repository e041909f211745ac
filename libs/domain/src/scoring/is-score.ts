/** A usable published number (absent, null and NaN count as not published). */
export function isScore(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
