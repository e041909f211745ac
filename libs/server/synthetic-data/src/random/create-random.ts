import type { RandomSource } from './random-source';

// Local bindings: under Jest (a vm context) every access to the global Math is several times slower.
const { imul, sqrt, log, cos, sin, floor, PI } = Math;

/** mulberry32: small, fast, good enough for synthetic data; the seed is mixed so that 1 and 2 start far apart. */
export function createRandom(seed: number): RandomSource {
  let state = imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | null = null;
  const normal = (): number => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    // Box–Muller; 1 − u keeps the logarithm finite.
    const radius = sqrt(-2 * log(1 - uniform()));
    const angle = 2 * PI * uniform();
    spare = radius * sin(angle);
    return radius * cos(angle);
  };
  return { uniform, normal, integer: (n) => floor(uniform() * n) };
}
