/**
 * The five scopes as grouping sets over columns named fiscal_year, region, province_code and org_type, and the
 * scope kind and key of a grouped row (a GROUPING bit is 1 where that column is not grouped).
 */
export const SCOPE_GROUPING = {
  sets: `GROUPING SETS ((fiscal_year), (fiscal_year, region), (fiscal_year, province_code), (fiscal_year, org_type),
    (fiscal_year, province_code, org_type))`,
  kind: `CASE GROUPING(region, province_code, org_type) WHEN 7 THEN 'NATIONAL' WHEN 3 THEN 'REGION' WHEN 5 THEN 'PROVINCE'
    WHEN 6 THEN 'TYPE' ELSE 'PROVINCE_TYPE' END`,
  key: `CASE GROUPING(region, province_code, org_type) WHEN 7 THEN '' WHEN 3 THEN region WHEN 5 THEN province_code
    WHEN 6 THEN org_type ELSE province_code || ':' || org_type END`,
} as const;
