/** GraphQL `enum OrgType`: the kinds of local administrative organisation (อปท.). */
export type OrgType = 'PAO' | 'CITY_MUNICIPALITY' | 'TOWN_MUNICIPALITY' | 'SUBDISTRICT_MUNICIPALITY' | 'SAO' | 'SPECIAL';

export const ORG_TYPES: readonly OrgType[] = [
  'PAO',
  'CITY_MUNICIPALITY',
  'TOWN_MUNICIPALITY',
  'SUBDISTRICT_MUNICIPALITY',
  'SAO',
  'SPECIAL',
];
