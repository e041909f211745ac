/** A seeded stream of random numbers (never Math.random). */
export interface RandomSource {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /** Integer in [0, n). */
  integer(n: number): number;
}
