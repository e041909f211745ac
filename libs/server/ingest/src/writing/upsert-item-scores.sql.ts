/** $1 codes, $2 years, $3 item codes, $4 provinces, $5 scores, $6 import, $7 files, $8 sheets, $9 rows. */
export const upsertItemScoresSql = `
  INSERT INTO item_scores (organisation_code, fiscal_year, item_code, province_code, score, import_id, source_file, source_sheet, source_row)
  SELECT t.code, t.year, t.item, t.province, t.score, $6::uuid, t.file, t.sheet, t.row
  FROM unnest($1::text[], $2::smallint[], $3::text[], $4::text[], $5::numeric[], $7::text[], $8::text[], $9::int[])
       AS t(code, year, item, province, score, file, sheet, row)
  ON CONFLICT (organisation_code, fiscal_year, item_code) DO UPDATE SET
    score = excluded.score, province_code = excluded.province_code, import_id = excluded.import_id,
    source_file = excluded.source_file, source_sheet = excluded.source_sheet, source_row = excluded.source_row, updated_at = now()
  WHERE item_scores.score IS DISTINCT FROM excluded.score`;
