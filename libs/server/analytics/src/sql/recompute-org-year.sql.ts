import { INDICATOR_NUMBERS } from '@ita/domain';
import { mergeChanged } from './merge-changed.sql';
import { perIndicator } from './per-indicator';

const ORG_YEAR_ANALYTICS = {
  table: 'org_year_analytics',
  keys: ['organisation_code', 'fiscal_year'],
  columns: [
    'province_code',
    'org_type',
    'region',
    'total',
    'delta_total',
    'delta_iit',
    'delta_eit',
    'delta_oit',
    'delta_indicators',
    'contributions',
    'rank_national',
    'percentile_national',
    'rank_province',
    'percentile_province',
    'rank_type',
    'percentile_type',
    'rank_province_type',
    'percentile_province_type',
    'weakest_indicators',
    'gaps_to_peer_median',
    'trend_years',
    'trend_slope',
    'trend_class',
  ],
  vanished: 'NOT EXISTS (SELECT 1 FROM results r WHERE r.organisation_code = t.organisation_code AND r.fiscal_year = t.fiscal_year)',
};

// Like indicator_scores: of its length (all ten but for unusual files), NULL when it is empty (as an aggregate over
// its elements would be).
const byPosition = (expression: (n: number) => string) =>
  `CASE WHEN b.len = ${INDICATOR_NUMBERS.length} THEN ARRAY[${perIndicator(expression)}]
        WHEN b.len > 0 THEN (ARRAY[${perIndicator(expression)}])[1:b.len] END`;

// rank = 1 + how many are strictly better = 1 + n − #(≤ total); percentile = 100 × percent_rank() = 100 × #(< total) ÷ (n − 1),
// the same float operations as percent_rank (n: the scope's size, from peer_groups).
const rankAndPercentile = (n: string, scope: string) =>
  `(1 + g.${n} - count(*) OVER w${scope})::int AS rank_${scope},
           CASE WHEN g.${n} > 1 THEN 100 * ((rank() OVER w${scope} - 1)::float8 / (g.${n} - 1)::float8) ELSE 0 END AS pct_${scope}`;

const orgYearRows = `
  WITH peers AS (
    SELECT r.fiscal_year, o.province_code, o.org_type, count(*) AS n,
           ${perIndicator((n) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY r.indicator_scores[${n}]::float8) AS m${n}`)}
    FROM results r JOIN organisations o ON o.code = r.organisation_code
    WHERE r.fiscal_year = ANY($1::smallint[])
    GROUP BY 1, 2, 3
  ),
  -- Scope sizes for ranks and percentiles. q: the median as a 2-decimal numeric where the float median is exactly
  -- one (always for an odd count). Then (score::float8 − median)::numeric(6,2) = score − q: the float error is far
  -- below the 0.005 that rounding to 2 decimals could notice. Otherwise the gap takes the float path.
  peer_groups AS (
    SELECT p.*, p.fiscal_year || ':' || p.province_code || ':' || p.org_type AS peer, sum(n) OVER (PARTITION BY fiscal_year, province_code) AS n_province, sum(n) OVER (PARTITION BY fiscal_year, org_type) AS n_type,
           sum(n) OVER (PARTITION BY fiscal_year) AS n_national,
           ${perIndicator((n) => `CASE WHEN m${n} = round(m${n}::numeric, 2)::float8 THEN round(m${n}::numeric, 2) END AS q${n}`)}
    FROM peers p
  ),
  indicator_weights AS (
    SELECT i.fiscal_year, i.indicator AS n,
           (CASE i.tool WHEN 'IIT' THEN f.weight_iit WHEN 'EIT' THEN f.weight_eit ELSE f.weight_oit END)
             / count(*) OVER (PARTITION BY i.fiscal_year, i.tool) AS weight
    FROM indicators i JOIN fiscal_years f ON f.fiscal_year = i.fiscal_year
  ),
  weights AS (
    SELECT fiscal_year, ${perIndicator((n) => `min(weight) FILTER (WHERE n = ${n}) AS w${n}`)} FROM indicator_weights GROUP BY 1
  ),
  history AS (
    SELECT r.organisation_code, r.fiscal_year, r.total, r.total - first_value(r.total) OVER previous AS d_total,
           r.iit - first_value(r.iit) OVER previous AS d_iit, r.eit - first_value(r.eit) OVER previous AS d_eit,
           r.oit - first_value(r.oit) OVER previous AS d_oit, count(*) OVER previous = 1 AS has_previous,
           count(*) OVER trend AS trend_years, regr_slope(r.total, r.fiscal_year) OVER trend AS slope,
           -- the slope's numerator and denominator in exact arithmetic: the class must not hang on float noise at ±1
           count(*) OVER trend * sum(r.fiscal_year * r.total) OVER trend - sum(r.fiscal_year::int) OVER trend * sum(r.total) OVER trend AS slope_num,
           count(*) OVER trend * sum(r.fiscal_year::int * r.fiscal_year) OVER trend - sum(r.fiscal_year::int) OVER trend * sum(r.fiscal_year::int) OVER trend AS slope_den,
           r.indicator_scores AS s, cardinality(r.indicator_scores) AS len, ${perIndicator((n) => `r.indicator_scores[${n}] AS s${n}`)},
           ${perIndicator((n) => `(first_value(r.indicator_scores) OVER previous)[${n}] AS p${n}`)}
    FROM results r
    WHERE r.fiscal_year = ANY($2::smallint[])
    WINDOW previous AS (PARTITION BY r.organisation_code ORDER BY r.fiscal_year RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING),
           trend AS (PARTITION BY r.organisation_code ORDER BY r.fiscal_year RANGE BETWEEN 4 PRECEDING AND CURRENT ROW)
  ),
  -- ordered by total: count(*) counts the rows up to the current one's last peer (how many ≤), rank() is 1 + how many <
  ranks AS (
    SELECT r.organisation_code, r.fiscal_year, o.province_code, o.org_type, p.region_en AS region, g.peer,
           ${rankAndPercentile('n_national', 'n')}, ${rankAndPercentile('n_province', 'p')},
           ${rankAndPercentile('n_type', 't')}, ${rankAndPercentile('n', 'pt')}
    FROM results r JOIN organisations o ON o.code = r.organisation_code JOIN provinces p ON p.code = o.province_code
    JOIN peer_groups g ON g.peer = r.fiscal_year || ':' || o.province_code || ':' || o.org_type
    WHERE r.fiscal_year = ANY($1::smallint[])
    WINDOW wn AS (PARTITION BY r.fiscal_year ORDER BY r.total),
           wp AS (PARTITION BY r.fiscal_year, o.province_code ORDER BY r.total),
           wt AS (PARTITION BY r.fiscal_year, o.org_type ORDER BY r.total),
           wpt AS (PARTITION BY r.fiscal_year, o.province_code, o.org_type ORDER BY r.total)
  )
  SELECT b.organisation_code, b.fiscal_year, k.province_code, k.org_type, k.region, b.total, b.d_total, b.d_iit, b.d_eit, b.d_oit,
         CASE WHEN b.has_previous THEN ${byPosition((n) => `b.s${n} - b.p${n}`)} END,
         CASE WHEN b.has_previous THEN ${byPosition((n) => `round((b.s${n} - b.p${n}) * w.w${n}, 3)`)} END,
         k.rank_n, k.pct_n, k.rank_p, k.pct_p, k.rank_t, k.pct_t, k.rank_pt, k.pct_pt,
         array_positions(b.s, COALESCE(least(${perIndicator((n) => `b.s${n}`)}), -1))::smallint[],
         ${byPosition((n) => `CASE WHEN g.q${n} IS NOT NULL THEN b.s${n} - g.q${n} ELSE (b.s${n}::float8 - g.m${n})::numeric(6, 2) END`)},
         b.trend_years::smallint, b.slope,
         CASE WHEN b.trend_years < 3 THEN NULL WHEN b.slope_num >= b.slope_den THEN 'IMPROVING' WHEN b.slope_num <= -b.slope_den THEN 'DECLINING'
              ELSE 'STABLE' END
  FROM history b
  JOIN ranks k ON k.organisation_code = b.organisation_code AND k.fiscal_year = b.fiscal_year
  JOIN peer_groups g ON g.peer = k.peer
  LEFT JOIN weights w ON w.fiscal_year = b.fiscal_year`;

/**
 * $1: fiscal years; $2: those years and the four before each. Per organisation and year: deltas against
 * fiscalYear − 1, rank and percentile in four scopes, weakest indicators, gaps to the median of its type in its
 * province, the least-squares trend of the total over the last up to five years, and the weighted contribution
 * of each indicator to the change (indicator change × its weight in the total: the tool's weight ÷ the tool's
 * number of indicators). Trend class: IMPROVING / DECLINING when the slope is at least 1 point a year up / down
 * over ≥ 3 years.
 * The previous year and the trend are windows over each organisation's years. That window level also reads the
 * indicator arrays by position into columns, once: the outer expressions use each several times.
 */
export const recomputeOrgYearSql = mergeChanged(ORG_YEAR_ANALYTICS, orgYearRows);
