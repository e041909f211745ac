/** The `type` column of the organisation registry (laos.csv). */
export type OrgTypeRegistryCode = 'pao' | 'city_municipality' | 'town_municipality' | 'subdistrict_municipality' | 'sao' | 'special';
