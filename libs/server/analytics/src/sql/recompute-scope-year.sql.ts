import { mergeChanged } from './merge-changed.sql';
import { SCOPE_GROUPING } from './scope-grouping';

const SCOPE_YEAR_ANALYTICS = {
  table: 'scope_year_analytics',
  keys: ['scope_kind', 'scope_key', 'fiscal_year', 'metric'],
  columns: ['count', 'mean', 'median', 'p25', 'p75', 'min', 'max', 'stddev', 'share_at_least_85', 'delta_mean', 'level_counts'],
};

/**
 * $1: fiscal years. The total's distribution per scope (national, region, province, type, province × type)
 * and year: count, mean, quartiles (percentile_cont), min, max, standard deviation, share ≥ 85, change of the
 * mean since fiscalYear − 1, and how many organisations have each level.
 */
export const recomputeScopeYearSql = mergeChanged(
  SCOPE_YEAR_ANALYTICS,
  `
  WITH facts AS (
    SELECT r.fiscal_year, o.province_code, o.org_type, p.region_en AS region, r.total AS value, COALESCE(r.level, '') AS level
    FROM results r JOIN organisations o ON o.code = r.organisation_code JOIN provinces p ON p.code = o.province_code
    WHERE r.fiscal_year = ANY($1::smallint[])
  ),
  -- the means of the years before that are not recomputed themselves, for the change of the mean
  earlier_means AS (
    SELECT ${SCOPE_GROUPING.kind} AS kind, ${SCOPE_GROUPING.key} AS key, fiscal_year, avg(value) AS mean
    FROM (
      SELECT r.fiscal_year, o.province_code, o.org_type, p.region_en AS region, r.total AS value
      FROM results r JOIN organisations o ON o.code = r.organisation_code JOIN provinces p ON p.code = o.province_code
      WHERE r.fiscal_year + 1 = ANY($1::smallint[]) AND r.fiscal_year <> ALL ($1::smallint[])
    ) e
    GROUP BY ${SCOPE_GROUPING.sets}
  ),
  aggregated AS (
    SELECT ${SCOPE_GROUPING.kind} AS kind, ${SCOPE_GROUPING.key} AS key, fiscal_year, count(*)::int AS n, avg(value) AS mean,
           percentile_cont(ARRAY[0.5, 0.25, 0.75]) WITHIN GROUP (ORDER BY value) AS quartiles,
           min(value) AS min, max(value) AS max, stddev_samp(value) AS stddev,
           avg((value >= 85)::int) AS share
    FROM facts GROUP BY ${SCOPE_GROUPING.sets}
  ),
  levels AS (
    SELECT kind, key, fiscal_year, jsonb_object_agg(level, n) AS counts
    FROM (
      SELECT ${SCOPE_GROUPING.kind} AS kind, ${SCOPE_GROUPING.key} AS key, fiscal_year, level, count(*) AS n
      FROM facts GROUP BY level, ${SCOPE_GROUPING.sets}
    ) l
    GROUP BY 1, 2, 3
  )
  SELECT a.kind, a.key, a.fiscal_year, 'TOTAL', a.n, a.mean::float8, a.quartiles[1], a.quartiles[2], a.quartiles[3], a.min::float8, a.max::float8,
         a.stddev::float8, a.share::float8, (a.mean - prev.mean)::float8, l.counts
  FROM aggregated a
  LEFT JOIN (SELECT kind, key, fiscal_year, mean FROM aggregated UNION ALL SELECT * FROM earlier_means) prev
    ON prev.kind = a.kind AND prev.key = a.key AND prev.fiscal_year = a.fiscal_year - 1
  LEFT JOIN levels l ON l.kind = a.kind AND l.key = a.key AND l.fiscal_year = a.fiscal_year`,
);
