import type { OrgType } from '@ita/domain';

/** Latent-quality offset by organisation type: larger organisations (staff, budget, web teams) score a little higher. */
export const ORG_TYPE_EFFECTS: Readonly<Record<OrgType, number>> = {
  PAO: 0.5,
  CITY_MUNICIPALITY: 0.6,
  TOWN_MUNICIPALITY: 0.45,
  SUBDISTRICT_MUNICIPALITY: 0.2,
  SAO: -0.08,
  SPECIAL: 0.5,
};
