/**
 * Rounds to 2 decimals, half away from zero, as ITA scores are published.
 * The value is first cleaned to 12 significant digits so that binary noise such as
 * 81.455 × 100 = 8145.499999999999 rounds as the decimal it stands for (→ 81.46).
 */
export function round2(value: number): number {
  if (!Number.isFinite(value)) return value;
  const scaled = Number((Math.abs(value) * 100).toPrecision(12));
  const rounded = Math.floor(scaled + 0.5) / 100;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
