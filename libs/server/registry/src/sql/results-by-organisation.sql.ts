/** The columns of every result, in the shape of ResultModel (less indicators and provenance). */
const summaryColumns = `r.fiscal_year AS "fiscalYear", r.total::float8 AS total, r.level, r.iit::float8 AS iit, r.eit::float8 AS eit,
  r.oit::float8 AS oit, r.eit_part1::float8 AS "eitPart1", r.eit_part2::float8 AS "eitPart2",
  CASE WHEN lag(r.fiscal_year) OVER w = r.fiscal_year - 1 THEN (r.total - lag(r.total) OVER w)::float8 END AS delta,
  r.total_published::float8 AS "totalPublished", r.total_derived::float8 AS "totalDerived",
  r.level_published AS "levelPublished", r.level_derived AS "levelDerived"`;

/** Indicator scores (as JSON: parsing it is far cheaper in Node than a float8[]) and provenance. */
const detailColumns = `, r.import_id AS "importId", r.source_file AS "sourceFile", r.source_sheet AS "sourceSheet",
  r.source_row AS "sourceRow", array_to_json(r.indicator_scores::float8[]) AS "indicatorScores"`;

/**
 * $1: organisation codes. One row per result, with its delta (and, with detail, indicator scores and provenance);
 * by code, year. A lateral index lookup per organisation: a join against `= ANY($1)` makes the planner scan every
 * result.
 */
export function resultsByOrganisationSql(withDetail: boolean): string {
  return `
    SELECT k.code AS "organisationCode", r.*
    FROM unnest($1::text[]) AS k(code)
    CROSS JOIN LATERAL (
      SELECT ${summaryColumns}${withDetail ? detailColumns : ''}
      FROM results r WHERE r.organisation_code = k.code
      WINDOW w AS (ORDER BY r.fiscal_year)
    ) r
    ORDER BY k.code, r."fiscalYear"`;
}
