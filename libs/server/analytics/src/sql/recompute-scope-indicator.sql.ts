/**
 * Means are taken over numeric (exact): a float sum depends on the order rows arrive in, and a re-run on the
 * same data must write the same values.
 * $1: fiscal years. Per scope and year, each indicator's mean and the share of organisations (with every
 * indicator) whose lowest score it is; ranked weakest first with competition ranking.
 */
export const recomputeScopeIndicatorSql = `
  INSERT INTO scope_indicator_analytics (scope_kind, scope_key, fiscal_year, indicator, rank, mean_score, share_weakest)
  WITH defined AS (SELECT fiscal_year, count(*) AS n FROM indicators GROUP BY 1),
  orgs AS (
    SELECT r.organisation_code, r.fiscal_year, o.province_code, o.org_type, p.region_en AS region, r.indicator_scores,
           (SELECT min(x) FROM unnest(r.indicator_scores) AS x) AS lowest,
           cardinality(array_remove(r.indicator_scores, NULL)) = d.n AS complete
    FROM results r JOIN organisations o ON o.code = r.organisation_code JOIN provinces p ON p.code = o.province_code
    JOIN defined d ON d.fiscal_year = r.fiscal_year
    WHERE r.fiscal_year = ANY($1::smallint[])
  ),
  facts AS (
    SELECT g.fiscal_year, g.province_code, g.org_type, g.region, s.n::smallint AS indicator, s.score,
           (g.complete AND s.score = g.lowest)::int AS is_weakest, g.complete::int AS complete
    FROM orgs g CROSS JOIN LATERAL unnest(g.indicator_scores) WITH ORDINALITY AS s(score, n)
    WHERE s.score IS NOT NULL
  ),
  scoped AS (
    SELECT fiscal_year, 'NATIONAL' AS kind, '' AS key, indicator, score, is_weakest FROM facts
    UNION ALL SELECT fiscal_year, 'REGION', region, indicator, score, is_weakest FROM facts
    UNION ALL SELECT fiscal_year, 'PROVINCE', province_code, indicator, score, is_weakest FROM facts
    UNION ALL SELECT fiscal_year, 'TYPE', org_type, indicator, score, is_weakest FROM facts
    UNION ALL SELECT fiscal_year, 'PROVINCE_TYPE', province_code || ':' || org_type, indicator, score, is_weakest FROM facts
  ),
  complete_counts AS (
    SELECT fiscal_year, kind, key, count(*) AS n FROM (
      SELECT fiscal_year, 'NATIONAL' AS kind, '' AS key FROM orgs WHERE complete
      UNION ALL SELECT fiscal_year, 'REGION', region FROM orgs WHERE complete
      UNION ALL SELECT fiscal_year, 'PROVINCE', province_code FROM orgs WHERE complete
      UNION ALL SELECT fiscal_year, 'TYPE', org_type FROM orgs WHERE complete
      UNION ALL SELECT fiscal_year, 'PROVINCE_TYPE', province_code || ':' || org_type FROM orgs WHERE complete
    ) c GROUP BY 1, 2, 3
  ),
  means AS (
    SELECT kind, key, fiscal_year, indicator, avg(score) AS mean, sum(is_weakest) AS weakest FROM scoped GROUP BY 1, 2, 3, 4
  )
  SELECT m.kind, m.key, m.fiscal_year, m.indicator,
         rank() OVER (PARTITION BY m.kind, m.key, m.fiscal_year ORDER BY m.mean),
         m.mean, COALESCE(m.weakest::float8 / NULLIF(c.n, 0), 0)
  FROM means m LEFT JOIN complete_counts c ON c.kind = m.kind AND c.key = m.key AND c.fiscal_year = m.fiscal_year`;
