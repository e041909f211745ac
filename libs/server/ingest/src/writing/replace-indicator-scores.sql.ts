/** $1 codes, $2 years: remove the indicator scores of results being replaced. */
export const deleteIndicatorScoresSql = `
  DELETE FROM indicator_scores s
  USING unnest($1::text[], $2::smallint[]) AS k(code, year)
  WHERE s.organisation_code = k.code AND s.fiscal_year = k.year`;

/** $1 codes, $2 years, $3 indicators, $4 provinces, $5 scores (one row per element). */
export const insertIndicatorScoresSql = `
  INSERT INTO indicator_scores (organisation_code, fiscal_year, indicator, province_code, score)
  SELECT * FROM unnest($1::text[], $2::smallint[], $3::smallint[], $4::text[], $5::numeric[])`;
