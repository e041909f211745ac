import { mergeChanged } from './merge-changed.sql';
import { PEER_GROUPS_TABLE } from './peer-groups.sql';
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
 * indicator) whose lowest score it is; ranked weakest first with competition ranking. Years without indicators
 * are left out.
 * The sums and counts per peer group (year, province and type) are rolled up into the five scopes; mean = sum ÷ count
 * is what avg(numeric) computes.
 */
export const recomputeScopeIndicatorSql = mergeChanged(
  SCOPE_INDICATOR_ANALYTICS,
  `
  WITH fine AS (SELECT * FROM ${PEER_GROUPS_TABLE} WHERE fiscal_year IN (SELECT fiscal_year FROM indicators)),
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
