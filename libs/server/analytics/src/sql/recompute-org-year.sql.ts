/**
 * $1: fiscal years. Per organisation and year: deltas against fiscalYear − 1, rank and percentile in four
 * scopes, weakest indicators, gaps to the median of its type in its province, the least-squares trend of the
 * total over the last up to five years, and the weighted contribution of each indicator to the change
 * (indicator change × its weight in the total: the tool's weight ÷ the tool's number of indicators).
 * Trend class: IMPROVING / DECLINING when the slope is at least 1 point a year up / down over ≥ 3 years.
 * Per-indicator arrays are built with joins and GROUP BY, not correlated subqueries (those rescan the CTEs).
 */
export const recomputeOrgYearSql = `
  INSERT INTO org_year_analytics (organisation_code, fiscal_year, province_code, org_type, region, total,
    delta_total, delta_iit, delta_eit, delta_oit, delta_indicators, contributions,
    rank_national, percentile_national, rank_province, percentile_province, rank_type, percentile_type,
    rank_province_type, percentile_province_type, weakest_indicators, gaps_to_peer_median, trend_years, trend_slope, trend_class)
  WITH base AS (
    SELECT r.organisation_code, r.fiscal_year, o.province_code, o.org_type, p.region_en AS region,
           r.total, r.iit, r.eit, r.oit, r.indicator_scores, r.total::float8 AS total_f
    FROM results r JOIN organisations o ON o.code = r.organisation_code JOIN provinces p ON p.code = o.province_code
    WHERE r.fiscal_year = ANY($1::smallint[])
  ),
  indicator_weights AS (
    SELECT i.fiscal_year, i.indicator::int AS n,
           (CASE i.tool WHEN 'IIT' THEN f.weight_iit WHEN 'EIT' THEN f.weight_eit ELSE f.weight_oit END)
             / count(*) OVER (PARTITION BY i.fiscal_year, i.tool) AS weight
    FROM indicators i JOIN fiscal_years f ON f.fiscal_year = i.fiscal_year
  ),
  unnested AS (
    SELECT b.organisation_code, b.fiscal_year, b.province_code, b.org_type, s.n::int AS n, s.score, s.score::float8 AS score_f,
           min(s.score) OVER (PARTITION BY b.organisation_code, b.fiscal_year) AS lowest
    FROM base b CROSS JOIN LATERAL unnest(b.indicator_scores) WITH ORDINALITY AS s(score, n)
  ),
  peer_medians AS (
    SELECT fiscal_year, province_code, org_type, n, percentile_cont(0.5) WITHIN GROUP (ORDER BY score_f) AS median
    FROM unnested WHERE score IS NOT NULL GROUP BY 1, 2, 3, 4
  ),
  per_indicator AS (
    SELECT u.organisation_code, u.fiscal_year,
           bool_or(pv.organisation_code IS NOT NULL) AS has_previous,
           array_agg(u.score - pv.indicator_scores[u.n] ORDER BY u.n) AS deltas,
           array_agg(round((u.score - pv.indicator_scores[u.n]) * w.weight, 3) ORDER BY u.n) AS contributions,
           COALESCE(array_agg(u.n::smallint ORDER BY u.n) FILTER (WHERE u.score = u.lowest), '{}') AS weakest,
           array_agg(u.score_f - m.median ORDER BY u.n) AS gaps
    FROM unnested u
    LEFT JOIN results pv ON pv.organisation_code = u.organisation_code AND pv.fiscal_year = u.fiscal_year - 1
    LEFT JOIN indicator_weights w ON w.fiscal_year = u.fiscal_year AND w.n = u.n
    LEFT JOIN peer_medians m ON m.fiscal_year = u.fiscal_year AND m.province_code = u.province_code AND m.org_type = u.org_type AND m.n = u.n
    GROUP BY 1, 2
  ),
  trend AS (
    SELECT b.organisation_code, b.fiscal_year, count(*)::smallint AS years, regr_slope(h.total, h.fiscal_year) AS slope
    FROM base b JOIN results h ON h.organisation_code = b.organisation_code AND h.fiscal_year BETWEEN b.fiscal_year - 4 AND b.fiscal_year
    GROUP BY 1, 2
  )
  SELECT b.organisation_code, b.fiscal_year, b.province_code, b.org_type, b.region, b.total,
         b.total - pv.total, b.iit - pv.iit, b.eit - pv.eit, b.oit - pv.oit,
         CASE WHEN pi.has_previous THEN pi.deltas END,
         CASE WHEN pi.has_previous THEN pi.contributions END,
         -- rank = 1 + how many are strictly better = 1 + n − #(≤ total); with ORDER BY, count(*) counts the rows up to
         -- the current one and its ties, so the ascending window serves rank and percent_rank with one sort per scope
         (1 + count(*) OVER (PARTITION BY b.fiscal_year) - count(*) OVER wn)::int, 100 * percent_rank() OVER wn,
         (1 + count(*) OVER (PARTITION BY b.fiscal_year, b.province_code) - count(*) OVER wp)::int, 100 * percent_rank() OVER wp,
         (1 + count(*) OVER (PARTITION BY b.fiscal_year, b.org_type) - count(*) OVER wt)::int, 100 * percent_rank() OVER wt,
         (1 + count(*) OVER (PARTITION BY b.fiscal_year, b.province_code, b.org_type) - count(*) OVER wpt)::int, 100 * percent_rank() OVER wpt,
         COALESCE(pi.weakest, '{}'), pi.gaps,
         t.years, t.slope,
         CASE WHEN t.years < 3 THEN NULL WHEN t.slope >= 1 THEN 'IMPROVING' WHEN t.slope <= -1 THEN 'DECLINING' ELSE 'STABLE' END
  FROM base b
  LEFT JOIN results pv ON pv.organisation_code = b.organisation_code AND pv.fiscal_year = b.fiscal_year - 1
  LEFT JOIN per_indicator pi ON pi.organisation_code = b.organisation_code AND pi.fiscal_year = b.fiscal_year
  JOIN trend t ON t.organisation_code = b.organisation_code AND t.fiscal_year = b.fiscal_year
  WINDOW wn AS (PARTITION BY b.fiscal_year ORDER BY b.total_f),
         wp AS (PARTITION BY b.fiscal_year, b.province_code ORDER BY b.total_f),
         wt AS (PARTITION BY b.fiscal_year, b.org_type ORDER BY b.total_f),
         wpt AS (PARTITION BY b.fiscal_year, b.province_code, b.org_type ORDER BY b.total_f)`;
