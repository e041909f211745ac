/** $1: organisation codes. One row per result, with indicator scores, delta and provenance; by code, year. */
export const resultsByOrganisationSql = `
  SELECT r.organisation_code AS "organisationCode",
         r.fiscal_year AS "fiscalYear",
         r.total::float8 AS total,
         r.level,
         r.iit::float8 AS iit,
         r.eit::float8 AS eit,
         r.oit::float8 AS oit,
         r.eit_part1::float8 AS "eitPart1",
         r.eit_part2::float8 AS "eitPart2",
         (r.total - prev.total)::float8 AS delta,
         r.total_published::float8 AS "totalPublished",
         r.total_derived::float8 AS "totalDerived",
         r.level_published AS "levelPublished",
         r.level_derived AS "levelDerived",
         json_build_object('importId', r.import_id, 'file', r.source_file, 'sheet', r.source_sheet, 'row', r.source_row) AS provenance,
         COALESCE((SELECT json_agg(json_build_object('indicator', s.n, 'score', s.score::float8) ORDER BY s.n)
                   FROM unnest(r.indicator_scores) WITH ORDINALITY AS s(score, n)
                   WHERE s.score IS NOT NULL), '[]'::json) AS indicators
  FROM results r
  LEFT JOIN results prev ON prev.organisation_code = r.organisation_code AND prev.fiscal_year = r.fiscal_year - 1
  WHERE r.organisation_code = ANY($1::text[])
  ORDER BY r.organisation_code, r.fiscal_year`;
