/**
 * One row per element of the arrays; an existing (organisation, year) is replaced. $24 holds each row's indicator
 * scores as an array literal ('{99.5,NULL,…}'): unnest would flatten a two-dimensional array.
 */
export const upsertResultsSql = `
  INSERT INTO results (organisation_code, fiscal_year, province_code,
    total_published, total_derived, level_published, level_derived,
    iit_published, iit_points_published, iit_derived,
    eit_published, eit_points_published, eit_derived, eit_part1, eit_part2,
    oit_published, oit_points_published, oit_derived,
    indicator_scores, findings, import_id, source_file, source_sheet, source_row, updated_at)
  SELECT t.code, t.year, t.province, t.total_p, t.total_d, t.level_p, t.level_d,
         t.iit_p, t.iit_pts, t.iit_d, t.eit_p, t.eit_pts, t.eit_d, t.eit_1, t.eit_2,
         t.oit_p, t.oit_pts, t.oit_d, t.indicators::numeric(5, 2)[], t.findings, $20::uuid, t.file, t.sheet, t.row, now()
  FROM unnest($1::text[], $2::smallint[], $3::text[], $4::numeric[], $5::numeric[], $6::text[], $7::text[],
              $8::numeric[], $9::numeric[], $10::numeric[], $11::numeric[], $12::numeric[], $13::numeric[],
              $14::numeric[], $15::numeric[], $16::numeric[], $17::numeric[], $18::numeric[], $19::jsonb[],
              $21::text[], $22::text[], $23::int[], $24::text[])
       AS t(code, year, province, total_p, total_d, level_p, level_d, iit_p, iit_pts, iit_d, eit_p, eit_pts, eit_d,
            eit_1, eit_2, oit_p, oit_pts, oit_d, findings, file, sheet, row, indicators)
  ON CONFLICT (organisation_code, fiscal_year) DO UPDATE SET
    province_code = excluded.province_code,
    total_published = excluded.total_published, total_derived = excluded.total_derived,
    level_published = excluded.level_published, level_derived = excluded.level_derived,
    iit_published = excluded.iit_published, iit_points_published = excluded.iit_points_published, iit_derived = excluded.iit_derived,
    eit_published = excluded.eit_published, eit_points_published = excluded.eit_points_published, eit_derived = excluded.eit_derived,
    eit_part1 = excluded.eit_part1, eit_part2 = excluded.eit_part2,
    oit_published = excluded.oit_published, oit_points_published = excluded.oit_points_published, oit_derived = excluded.oit_derived,
    indicator_scores = excluded.indicator_scores, findings = excluded.findings, import_id = excluded.import_id, source_file = excluded.source_file,
    source_sheet = excluded.source_sheet, source_row = excluded.source_row, updated_at = now()`;
