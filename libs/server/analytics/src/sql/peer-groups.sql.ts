import { perIndicator } from './per-indicator';

/** Computed once per run, read by the organisation and the scope-indicator statements; dropped at commit. */
export const PEER_GROUPS_TABLE = 'analytics_peer_groups';

/**
 * $1: fiscal years. Per year, province and type (the peer group of an organisation; its region comes with the
 * province): how many organisations, and in the province, the type and the nation (int: the ranks use them on every
 * organisation's row, where numeric arithmetic cost ~70 ms); integer ids of the group and of its province and type
 * in the year (window partitions for the ranks); per indicator its median
 * (percentile_cont, over float8 as the gaps were always computed), and the sum and count of its scores and how
 * many organisations with all the year's indicators have it as their lowest, which roll up into every scope.
 * q: the median as a 2-decimal numeric where the float median is exactly one (always for an odd count). Then
 * (score::float8 − median)::numeric(6,2) = score − q: the float error is far below the 0.005 that rounding to
 * 2 decimals could notice; the organisation statement takes the float path only where q is NULL.
 * `orgs` is materialised so that each indicator is read from the array once, not in every aggregate using it.
 */
export const createPeerGroupsSql = `
  CREATE TEMP TABLE ${PEER_GROUPS_TABLE} ON COMMIT DROP AS
  WITH defined AS (SELECT fiscal_year, count(*) AS n FROM indicators GROUP BY 1),
  orgs AS MATERIALIZED (
    SELECT r.fiscal_year, o.province_code, o.org_type, p.region_en AS region,
           num_nonnulls(VARIADIC r.indicator_scores) = d.n AS complete,
           least(${perIndicator((n) => `r.indicator_scores[${n}]`)}) AS lowest, ${perIndicator((n) => `r.indicator_scores[${n}] AS s${n}`)}
    FROM results r JOIN organisations o ON o.code = r.organisation_code JOIN provinces p ON p.code = o.province_code
    LEFT JOIN defined d ON d.fiscal_year = r.fiscal_year
    WHERE r.fiscal_year = ANY($1::smallint[])
  )
  SELECT *, ${perIndicator((n) => `CASE WHEN m${n} = round(m${n}::numeric, 2)::float8 THEN round(m${n}::numeric, 2) END AS q${n}`)}
  FROM (
    SELECT fiscal_year, province_code, org_type, region, count(*)::int AS n,
           dense_rank() OVER (ORDER BY fiscal_year, province_code, org_type)::int AS group_id,
           dense_rank() OVER (ORDER BY fiscal_year, province_code)::int AS province_id, dense_rank() OVER (ORDER BY fiscal_year, org_type)::int AS type_id,
           (sum(count(*)) OVER (PARTITION BY fiscal_year, province_code))::int AS n_province,
           (sum(count(*)) OVER (PARTITION BY fiscal_year, org_type))::int AS n_type, (sum(count(*)) OVER (PARTITION BY fiscal_year))::int AS n_national,
           count(*) FILTER (WHERE complete) AS complete,
           ${perIndicator((n) => `percentile_cont(0.5) WITHIN GROUP (ORDER BY s${n}::float8) AS m${n}`)},
           ${perIndicator((n) => `sum(s${n}) AS sum${n}, count(s${n}) AS n${n}, count(*) FILTER (WHERE complete AND s${n} = lowest) AS weakest${n}`)}
    FROM orgs GROUP BY 1, 2, 3, 4
  ) g`;
