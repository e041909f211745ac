import { mergeChanged } from './merge-changed.sql';
import { perIndicator } from './per-indicator';
import { SCOPE_GROUPING } from './scope-grouping';

const SCOPE_INDICATOR_ANALYTICS = {
  table: 'scope_indicator_analytics',
  keys: ['scope_kind', 'scope_key', 'fiscal_year', 'indicator'],
  columns: ['rank', 'mean_score', 'share_weakest'],
};

/**
 * Means are taken over numeric (exact): a float sum depends on the order rows arrive in, and a re-run on the
 * same data must write the same values.
 * $1: fiscal years. Per scope and year, each indicator's mean and the share of organisations (with every
 * indicator) whose lowest score it is; ranked weakest first with competition ranking.
 * Sums and counts per year, province and type are rolled up into the five scopes; mean = sum ÷ count is what
 * avg(numeric) computes. `orgs` is materialised so that each indicator column is read from the array once.
 */
export const recomputeScopeIndicatorSql = mergeChanged(
  SCOPE_INDICATOR_ANALYTICS,
  `
  WITH defined AS (SELECT fiscal_year, count(*) AS n FROM indicators GROUP BY 1),
  orgs AS MATERIALIZED (
    SELECT r.fiscal_year, o.province_code, o.org_type, p.region_en AS region,
           num_nonnulls(VARIADIC r.indicator_scores) = d.n AS complete,
           least(${perIndicator((n) => `r.indicator_scores[${n}]`)}) AS lowest, ${perIndicator((n) => `r.indicator_scores[${n}] AS s${n}`)}
    FROM results r JOIN organisations o ON o.code = r.organisation_code JOIN provinces p ON p.code = o.province_code
    JOIN defined d ON d.fiscal_year = r.fiscal_year
    WHERE r.fiscal_year = ANY($1::smallint[])
  ),
  fine AS (
    SELECT fiscal_year, province_code, org_type, region, count(*) FILTER (WHERE complete) AS complete,
           ${perIndicator((n) => `sum(s${n}) AS sum${n}, count(s${n}) AS n${n}, count(*) FILTER (WHERE complete AND s${n} = lowest) AS weakest${n}`)}
    FROM orgs GROUP BY 1, 2, 3, 4
  ),
  scoped AS (
    SELECT ${SCOPE_GROUPING.kind} AS kind, ${SCOPE_GROUPING.key} AS key, fiscal_year, sum(complete)::bigint AS complete,
           ${perIndicator((n) => `sum(sum${n}) AS sum${n}, sum(n${n})::bigint AS n${n}, sum(weakest${n})::bigint AS weakest${n}`)}
    FROM fine GROUP BY ${SCOPE_GROUPING.sets}
  ),
  means AS (
    SELECT s.kind, s.key, s.fiscal_year, v.indicator, v.total / v.n AS mean, v.weakest, s.complete
    FROM scoped s
    CROSS JOIN LATERAL (VALUES ${perIndicator((n) => `(${n}::smallint, s.sum${n}, s.n${n}, s.weakest${n})`)}) AS v(indicator, total, n, weakest)
    WHERE v.n > 0
  )
  SELECT kind, key, fiscal_year, indicator, (rank() OVER (PARTITION BY kind, key, fiscal_year ORDER BY mean))::int,
         mean::float8, COALESCE(weakest::float8 / NULLIF(complete, 0), 0)
  FROM means`,
);
