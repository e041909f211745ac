import { INDICATOR_NUMBERS } from '@ita/domain';
import { mergeChanged } from './merge-changed.sql';
import { PEER_GROUPS_TABLE } from './peer-groups.sql';
import { perIndicator } from './per-indicator';

export const ORG_YEAR_ANALYTICS = {
  table: 'org_year_analytics',
  keys: ['organisation_code', 'fiscal_year'],
  columns: (
    'province_code org_type region total delta_total delta_iit delta_eit delta_oit delta_indicators contributions ' +
    'rank_national percentile_national rank_province percentile_province rank_type percentile_type rank_province_type ' +
    'percentile_province_type weakest_indicators gaps_to_peer_median trend_years trend_slope trend_class'
  ).split(' '),
  vanished: 'NOT EXISTS (SELECT 1 FROM results r WHERE r.organisation_code = t.organisation_code AND r.fiscal_year = t.fiscal_year)',
};

// Like indicator_scores: of its length (all ten but for unusual files), NULL when it is empty (as an aggregate over
// its elements would be).
const byPosition = (expression: (n: number) => string) =>
  `CASE WHEN b.len = ${INDICATOR_NUMBERS.length} THEN ARRAY[${perIndicator(expression)}]
        WHEN b.len > 0 THEN (ARRAY[${perIndicator(expression)}])[1:b.len] END`;

// rank = 1 + how many are strictly better = 1 + n − #(≤ total); percentile = 100 × percent_rank() = 100 × #(< total) ÷ (n − 1),
// the same float operations as percent_rank (n: the scope's size, from the peer groups).
const rankAndPercentile = (n: string, scope: string) =>
  `(1 + g.${n} - count(*) OVER w${scope})::int AS rank_${scope},
           CASE WHEN g.${n} > 1 THEN 100 * ((rank() OVER w${scope} - 1)::float8 / (g.${n} - 1)::float8) ELSE 0 END AS pct_${scope}`;

const HAS_PREVIOUS = 'lag(r.fiscal_year) OVER trend = r.fiscal_year - 1';
const previous = (column: string) => `${column} - CASE WHEN ${HAS_PREVIOUS} THEN lag(${column}) OVER trend END`;

/** One row per organisation and recomputed year: its keys, then the table's columns in order (parameters as below). */
export const orgYearRows = `
  WITH indicator_weights AS (
    SELECT i.fiscal_year, i.indicator AS n,
           (CASE i.tool WHEN 'IIT' THEN f.weight_iit WHEN 'EIT' THEN f.weight_eit ELSE f.weight_oit END)
             / count(*) OVER (PARTITION BY i.fiscal_year, i.tool) AS weight
    FROM indicators i JOIN fiscal_years f ON f.fiscal_year = i.fiscal_year
  ),
  weights AS (
    SELECT fiscal_year, ${perIndicator((n) => `min(weight) FILTER (WHERE n = ${n}) AS w${n}`)} FROM indicator_weights GROUP BY 1
  ),
  -- ordered by total: count(*) counts the rows up to the current one's last peer (how many ≤), rank() is 1 + how many <;
  -- partitioned by the peer groups' integer ids (cheaper to sort than the text columns they stand for); only the
  -- recomputed years, narrow rows
  ranks AS (
    SELECT r.organisation_code, r.fiscal_year, g.group_id,
           ${rankAndPercentile('n_national', 'n')}, ${rankAndPercentile('n_province', 'p')},
           ${rankAndPercentile('n_type', 't')}, ${rankAndPercentile('n', 'pt')}
    FROM results r JOIN organisations o ON o.code = r.organisation_code
    JOIN ${PEER_GROUPS_TABLE} g ON g.fiscal_year = r.fiscal_year AND g.province_code = o.province_code AND g.org_type = o.org_type
    WHERE r.fiscal_year = ANY($1::smallint[])
    WINDOW wn AS (PARTITION BY r.fiscal_year ORDER BY r.total::float8), wp AS (PARTITION BY g.province_id ORDER BY r.total::float8),
           wt AS (PARTITION BY g.type_id ORDER BY r.total::float8), wpt AS (PARTITION BY g.group_id ORDER BY r.total::float8)
  ),
  -- lag() is the row before in the organisation's years; it is fiscalYear − 1's only when that year is the one before.
  -- The years before the recomputed ones (no ranks, dropped by the join with the peer groups) only feed this window.
  -- COLLATE "C": the same partitions, compared bytewise instead of through the locale.
  history AS (
    SELECT r.organisation_code, r.fiscal_year, r.total, ${previous('r.total')} AS d_total, ${previous('r.iit')} AS d_iit,
           ${previous('r.eit')} AS d_eit, ${previous('r.oit')} AS d_oit, ${HAS_PREVIOUS} AS has_previous,
           -- the least-squares slope as numerator ÷ denominator in exact arithmetic (what regr_slope computes, without
           -- float noise: the class must not hang on it at ±1), rounded to float8 once
           count(*) OVER trend AS trend_years,
           count(*) OVER trend * sum(r.fiscal_year * r.total) OVER trend - sum(r.fiscal_year::int) OVER trend * sum(r.total) OVER trend AS slope_num,
           count(*) OVER trend * sum(r.fiscal_year::int * r.fiscal_year) OVER trend - sum(r.fiscal_year::int) OVER trend * sum(r.fiscal_year::int) OVER trend AS slope_den,
           r.indicator_scores AS s, cardinality(r.indicator_scores) AS len, ${perIndicator((n) => `r.indicator_scores[${n}] AS s${n}`)},
           -- the change of each indicator, used where has_previous
           ${perIndicator((n) => `r.indicator_scores[${n}] - (lag(r.indicator_scores) OVER trend)[${n}] AS d${n}`)},
           k.group_id, k.rank_n, k.pct_n, k.rank_p, k.pct_p, k.rank_t, k.pct_t, k.rank_pt, k.pct_pt
    FROM results r LEFT JOIN ranks k ON k.organisation_code = r.organisation_code AND k.fiscal_year = r.fiscal_year
    WHERE r.fiscal_year = ANY($2::smallint[])
    WINDOW trend AS (PARTITION BY r.organisation_code COLLATE "C" ORDER BY r.fiscal_year RANGE BETWEEN 4 PRECEDING AND CURRENT ROW)
  )
  SELECT b.organisation_code, b.fiscal_year, g.province_code, g.org_type, g.region, b.total, b.d_total, b.d_iit, b.d_eit, b.d_oit,
         CASE WHEN b.has_previous THEN ${byPosition((n) => `b.d${n}`)} END,
         CASE WHEN b.has_previous THEN ${byPosition((n) => `round(b.d${n} * w.w${n}, 3)`)} END,
         b.rank_n, b.pct_n, b.rank_p, b.pct_p, b.rank_t, b.pct_t, b.rank_pt, b.pct_pt,
         array_positions(b.s, COALESCE(least(${perIndicator((n) => `b.s${n}`)}), -1))::smallint[],
         ${byPosition((n) => `CASE WHEN g.q${n} IS NOT NULL THEN b.s${n} - g.q${n} ELSE (b.s${n}::float8 - g.m${n})::numeric(6, 2) END`)},
         b.trend_years::smallint, CASE WHEN b.slope_den > 0 THEN (b.slope_num / b.slope_den)::float8 END,
         CASE WHEN b.trend_years < 3 THEN NULL WHEN b.slope_num >= b.slope_den THEN 'IMPROVING' WHEN b.slope_num <= -b.slope_den THEN 'DECLINING'
              ELSE 'STABLE' END
  FROM history b
  JOIN ${PEER_GROUPS_TABLE} g ON g.group_id = b.group_id
  LEFT JOIN weights w ON w.fiscal_year = b.fiscal_year`;

/**
 * $1: fiscal years; $2: those years and the four before each. Per organisation and year: deltas against
 * fiscalYear − 1, rank and percentile in four scopes, weakest indicators, gaps to the median of its type in its
 * province, the least-squares trend of the total over the last up to five years, and the weighted contribution
 * of each indicator to the change (indicator change × its weight in the total: the tool's weight ÷ the tool's
 * number of indicators). Trend class: IMPROVING / DECLINING when the slope is at least 1 point a year up / down
 * over ≥ 3 years.
 * The previous year and the trend come from one window over each organisation's years, which also reads the indicator
 * arrays by position into columns, once (the outer expressions use each several times); ranks from one window per
 * scope, scope sizes and medians from the peer groups table (${PEER_GROUPS_TABLE}).
 */
export const recomputeOrgYearSql = mergeChanged(ORG_YEAR_ANALYTICS, orgYearRows);
