/**
 * $1 codes, $2 years, $3 the superseding import: copies the current rows (indicator scores included) into
 * result_history before they are overwritten.
 */
export const archiveResultsSql = `
  INSERT INTO result_history (organisation_code, fiscal_year, province_code, previous, previous_import_id, superseded_by_import_id)
  SELECT r.organisation_code, r.fiscal_year, r.province_code, to_jsonb(r), r.import_id, $3::uuid
  FROM results r
  JOIN unnest($1::text[], $2::smallint[]) AS k(code, year) ON r.organisation_code = k.code AND r.fiscal_year = k.year`;
