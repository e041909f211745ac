/**
 * Rounds to 2 decimals, half away from zero, as ITA scores are published.
 * Near a half (x.xx5) the value is first cleaned to 12 significant digits so that binary noise such as
 * 81.455 × 100 = 8145.499999999999 rounds as the decimal it stands for (→ 81.46). Elsewhere the plain
 * floor is exact and much cheaper (this runs a few hundred thousand times per national import).
 */
export function round2(value: number): number {
  if (!Number.isFinite(value)) return value;
  let scaled = Math.abs(value) * 100;
  const fraction = scaled - Math.floor(scaled);
  if (Math.abs(fraction - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(12));
  const rounded = Math.floor(scaled + 0.5) / 100;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
