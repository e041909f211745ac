/** Local administrative organisation types (values as in the GraphQL enum OrgType). */
export const OrgType = {
  PAO: 'PAO',
  CITY_MUNICIPALITY: 'CITY_MUNICIPALITY',
  TOWN_MUNICIPALITY: 'TOWN_MUNICIPALITY',
  SUBDISTRICT_MUNICIPALITY: 'SUBDISTRICT_MUNICIPALITY',
  SAO: 'SAO',
  SPECIAL: 'SPECIAL',
} as const;

export type OrgType = (typeof OrgType)[keyof typeof OrgType];
