import type { RandomSource } from '../random/random-source';
import { ORG_TYPE_EFFECTS } from './org-type-effects';
import type { SimulatedOrganisation } from './simulated-organisation';

export interface OrganisationLatents {
  /** Persistent quality: own effect + type effect + province effect. */
  readonly base: Float64Array;
  /** Standard normal; higher = more often without a result. */
  readonly missingPropensity: Float64Array;
  /** Indexes of organisations that have no result in any year. */
  readonly absentThroughout: ReadonlySet<number>;
}

const OWN_WEIGHT = 0.6;
const PROVINCE_SD = 0.25;

/** Draws the effects that persist across years. The order of draws is fixed, so a seed always gives the same latents. */
export function drawOrganisationLatents(organisations: readonly SimulatedOrganisation[], random: RandomSource): OrganisationLatents {
  const provinces = [...new Set(organisations.map((organisation) => organisation.provinceCode))].sort();
  const provinceEffect = new Map(provinces.map((code) => [code, PROVINCE_SD * random.normal()]));
  const base = new Float64Array(organisations.length);
  const missingPropensity = new Float64Array(organisations.length);
  organisations.forEach((organisation, index) => {
    base[index] =
      OWN_WEIGHT * random.normal() + ORG_TYPE_EFFECTS[organisation.orgType] + (provinceEffect.get(organisation.provinceCode) ?? 0);
    missingPropensity[index] = random.normal();
  });
  const absentCount = Math.max(1, Math.round(organisations.length / 1000));
  const absentThroughout = new Set<number>();
  while (absentThroughout.size < Math.min(absentCount, organisations.length)) absentThroughout.add(random.integer(organisations.length));
  return { base, missingPropensity, absentThroughout };
}
