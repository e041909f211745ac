import { deriveToolScore, getFramework, listFrameworks, type AssessmentFramework } from '@ita/domain';
import { createRandom } from '../random/create-random';
import { calibrateYear } from './calibrate-year';
import { indicatorTargetMeans } from './indicator-target-means';
import { indicatorWeights } from './indicator-weights';
import { NATIONAL_TARGETS } from './national-targets';
import { drawOrganisationLatents } from './organisation-latents';
import { scoreIndicators } from './score-indicators';
import type { SimulatedOrganisation } from './simulated-organisation';
import type { SimulatedResult } from './simulated-result';
import type { SimulatedYear } from './simulated-year';
import { summariseNational } from './summarise-national';
import type { YearProfile } from './year-profile';
import { YEAR_PROFILES } from './year-profiles';

const YEAR_WEIGHT = 0.55;
const YEAR_PERSISTENCE = 0.6;
const INDICATORS = 10;
const { min, max, round, exp, sqrt } = Math;

interface YearDraws {
  readonly latent: Float64Array;
  readonly noise: Float64Array;
  readonly missing: Float64Array;
  readonly partShift: Float64Array;
}

function lookup<T extends { fiscalYear: number }>(rows: readonly T[], year: number): T {
  const row = rows.find((candidate) => candidate.fiscalYear === year);
  if (!row) throw new Error(`No simulation profile for fiscal year ${year}`);
  return row;
}

/** EIT parts whose mean is exactly `eit`: part 1 = eit + delta, part 2 = eit − delta, worked in hundredths. */
function eitParts(eit: number, draw: number): [number, number] {
  const cents = round(eit * 100);
  const room = min(cents, 10000 - cents);
  const delta = max(-room, min(room, round((0.3 + 1.8 * draw) * 100)));
  return [(cents + delta) / 100, (cents - delta) / 100];
}

function simulateYear(
  organisations: readonly SimulatedOrganisation[],
  framework: AssessmentFramework,
  profile: YearProfile,
  draws: YearDraws,
  present: readonly number[],
): SimulatedYear {
  const target = lookup(NATIONAL_TARGETS, framework.fiscalYear);
  const toolOf = framework.indicators.map((indicator) => indicator.tool);
  const deviations = new Float64Array(present.length * INDICATORS);
  present.forEach((o, row) => {
    for (let k = 0; k < INDICATORS; k++) {
      const tool = toolOf[k];
      deviations[row * INDICATORS + k] = profile.spread[tool] * draws.latent[o] + profile.noise[tool] * draws.noise[o * INDICATORS + k];
    }
  });
  const { shifts, scale } = calibrateYear({
    deviations,
    indicatorCount: INDICATORS,
    targetMeans: indicatorTargetMeans(framework, profile, target),
    weights: indicatorWeights(framework),
    shareAtLeast85: target.shareAtLeast85,
  });
  const hasParts = framework.tools.some((tool) => tool.parts.length > 0);
  const results: SimulatedResult[] = present.map((o, row) => {
    // Math.round rather than round2: these are our own draws, no published decimal to respect, and it is 10× faster.
    const indicators = shifts.map((shift, k) => round(100 * min(100, max(0, shift + scale * deviations[row * INDICATORS + k]))) / 100);
    const eit = hasParts ? deriveToolScore(framework, 'EIT', Object.fromEntries(indicators.map((score, k) => [k + 1, score]))) : null;
    return scoreIndicators(framework, organisations[o].code, indicators, eit ? eitParts(eit.value, draws.partShift[o]) : null);
  });
  return { fiscalYear: framework.fiscalYear, results, national: summariseNational(results, target) };
}

/**
 * Simulated ITA results per fiscal year for the organisations given. Latent quality per organisation = a persistent
 * part (own, type and province effects) + a year part that follows an AR(1) process, so results correlate from year
 * to year. Each indicator = calibrated shift + scale × (tool spread × latent + indicator noise), clipped to 0–100.
 * Every supported year is always drawn in the same order, so a year's results do not depend on which years are asked for.
 */
export function simulateResults(organisations: readonly SimulatedOrganisation[], years: readonly number[], seed: number): SimulatedYear[] {
  const wanted = [...new Set(years)].sort((a, b) => a - b);
  wanted.forEach((year) => getFramework(year));
  const random = createRandom(seed);
  const latents = drawOrganisationLatents(organisations, random);
  const count = organisations.length;
  const yearPart = Float64Array.from({ length: count }, () => random.normal());
  const simulated: SimulatedYear[] = [];
  for (const framework of listFrameworks()) {
    const draws: YearDraws = {
      latent: new Float64Array(count),
      noise: new Float64Array(count * INDICATORS),
      missing: new Float64Array(count),
      partShift: new Float64Array(count),
    };
    for (let o = 0; o < count; o++) {
      yearPart[o] = YEAR_PERSISTENCE * yearPart[o] + sqrt(1 - YEAR_PERSISTENCE ** 2) * random.normal();
      draws.latent[o] = latents.base[o] + YEAR_WEIGHT * yearPart[o];
      for (let k = 0; k < INDICATORS; k++) draws.noise[o * INDICATORS + k] = random.normal();
      draws.missing[o] = random.uniform();
      draws.partShift[o] = random.normal();
    }
    if (!wanted.includes(framework.fiscalYear)) continue;
    const profile = lookup(YEAR_PROFILES, framework.fiscalYear);
    const present: number[] = [];
    for (let o = 0; o < count; o++) {
      // Mean of exp(0.7 z − 0.245) over z ~ N(0, 1) is 1, so the rate holds on average.
      const chance = min(0.5, profile.missingRate * exp(0.7 * latents.missingPropensity[o] - 0.245));
      if (!latents.absentThroughout.has(o) && draws.missing[o] >= chance) present.push(o);
    }
    simulated.push(simulateYear(organisations, framework, profile, draws, present));
  }
  return simulated;
}
