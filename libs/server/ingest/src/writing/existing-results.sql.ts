/** $1 organisation codes, $2 fiscal years (pairwise): the stored results among those keys, as text for exact comparison. */
export const existingResultsSql = `
  SELECT r.organisation_code AS "organisationCode", r.fiscal_year AS "fiscalYear", r.province_code AS "provinceCode",
         r.total_published::text AS "totalPublished", r.total_derived::text AS "totalDerived",
         r.level_published AS "levelPublished", r.level_derived AS "levelDerived",
         r.iit_published::text AS "iitPublished", r.iit_points_published::text AS "iitPointsPublished", r.iit_derived::text AS "iitDerived",
         r.eit_published::text AS "eitPublished", r.eit_points_published::text AS "eitPointsPublished", r.eit_derived::text AS "eitDerived",
         r.eit_part1::text AS "eitPart1", r.eit_part2::text AS "eitPart2",
         r.oit_published::text AS "oitPublished", r.oit_points_published::text AS "oitPointsPublished", r.oit_derived::text AS "oitDerived",
         r.indicator_scores::text AS "indicatorScores"
  FROM results r
  JOIN unnest($1::text[], $2::smallint[]) AS k(code, year) ON r.organisation_code = k.code AND r.fiscal_year = k.year`;
