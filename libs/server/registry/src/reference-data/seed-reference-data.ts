import { DataSource } from 'typeorm';
import { listFrameworks, normaliseNameForMatch, orgTypeFromRegistryCode } from '@ita/domain';
import { readReferenceCsv } from './read-reference-csv';

export interface ReferenceDataCounts {
  provinces: number;
  districts: number;
  organisations: number;
  fiscalYears: number;
  indicators: number;
}

type ProvinceRow = { code: string; name_th: string; name_en: string; region_th: string; region_en: string };
type DistrictRow = { code: string; province_code: string; name_th: string; name_en: string };
type OrganisationRow = { dla_code: string; type: string; name_th: string; province_code: string; district_code: string };

/**
 * Loads provinces, districts, the organisation registry and the fiscal-year frameworks. Idempotent: rows that
 * did not change are not touched; organisations missing from a newer registry are kept (with their results)
 * and marked `in_registry = false`.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<ReferenceDataCounts> {
  const provinces = readReferenceCsv<ProvinceRow>('provinces.csv');
  const districts = readReferenceCsv<DistrictRow>('districts.csv');
  const organisations = readReferenceCsv<OrganisationRow>('laos.csv').map((row) => {
    const orgType = orgTypeFromRegistryCode(row.type);
    if (!orgType) throw new Error(`laos.csv: organisation ${row.dla_code} has an unknown type "${row.type}"`);
    return { ...row, orgType, nameMatch: normaliseNameForMatch(row.name_th) };
  });
  const frameworks = listFrameworks();
  const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key]);

  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO provinces (code, name_th, name_en, region_th, region_en)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (code) DO UPDATE SET name_th = excluded.name_th, name_en = excluded.name_en,
         region_th = excluded.region_th, region_en = excluded.region_en
       WHERE (provinces.name_th, provinces.name_en, provinces.region_th, provinces.region_en)
         IS DISTINCT FROM (excluded.name_th, excluded.name_en, excluded.region_th, excluded.region_en)`,
      [
        column(provinces, 'code'),
        column(provinces, 'name_th'),
        column(provinces, 'name_en'),
        column(provinces, 'region_th'),
        column(provinces, 'region_en'),
      ],
    );
    await manager.query(
      `INSERT INTO districts (code, province_code, name_th, name_en)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (code) DO UPDATE SET province_code = excluded.province_code, name_th = excluded.name_th, name_en = excluded.name_en
       WHERE (districts.province_code, districts.name_th, districts.name_en)
         IS DISTINCT FROM (excluded.province_code, excluded.name_th, excluded.name_en)`,
      [column(districts, 'code'), column(districts, 'province_code'), column(districts, 'name_th'), column(districts, 'name_en')],
    );
    await manager.query(
      `INSERT INTO organisations (code, name_th, name_match, org_type, province_code, district_code)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (code) DO UPDATE SET name_th = excluded.name_th, name_match = excluded.name_match,
         org_type = excluded.org_type, province_code = excluded.province_code, district_code = excluded.district_code,
         in_registry = true, updated_at = now()
       WHERE (organisations.name_th, organisations.org_type, organisations.province_code, organisations.district_code, organisations.in_registry)
         IS DISTINCT FROM (excluded.name_th, excluded.org_type, excluded.province_code, excluded.district_code, true)`,
      [
        column(organisations, 'dla_code'),
        column(organisations, 'name_th'),
        column(organisations, 'nameMatch'),
        column(organisations, 'orgType'),
        column(organisations, 'province_code'),
        column(organisations, 'district_code'),
      ],
    );
    await manager.query(`UPDATE organisations SET in_registry = false, updated_at = now() WHERE in_registry AND code <> ALL($1::text[])`, [
      column(organisations, 'dla_code'),
    ]);
    await manager.query(
      `INSERT INTO fiscal_years (fiscal_year, rubric_code, weight_iit, weight_eit, weight_oit, framework)
       SELECT * FROM unnest($1::smallint[], $2::text[], $3::numeric[], $4::numeric[], $5::numeric[], $6::jsonb[])
       ON CONFLICT (fiscal_year) DO UPDATE SET rubric_code = excluded.rubric_code, weight_iit = excluded.weight_iit,
         weight_eit = excluded.weight_eit, weight_oit = excluded.weight_oit, framework = excluded.framework
       WHERE (fiscal_years.rubric_code, fiscal_years.weight_iit, fiscal_years.weight_eit, fiscal_years.weight_oit, fiscal_years.framework)
         IS DISTINCT FROM (excluded.rubric_code, excluded.weight_iit, excluded.weight_eit, excluded.weight_oit, excluded.framework)`,
      [
        frameworks.map((f) => f.fiscalYear),
        frameworks.map((f) => f.rubric.id),
        frameworks.map((f) => toolWeight(f, 'IIT')),
        frameworks.map((f) => toolWeight(f, 'EIT')),
        frameworks.map((f) => toolWeight(f, 'OIT')),
        frameworks.map((f) => JSON.stringify(f)),
      ],
    );
    const indicators = frameworks.flatMap((f) => f.indicators.map((i) => ({ fiscalYear: f.fiscalYear, ...i })));
    await manager.query(
      `INSERT INTO indicators (fiscal_year, indicator, tool, name_th, name_en)
       SELECT * FROM unnest($1::smallint[], $2::smallint[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (fiscal_year, indicator) DO UPDATE SET tool = excluded.tool, name_th = excluded.name_th, name_en = excluded.name_en
       WHERE (indicators.tool, indicators.name_th, indicators.name_en) IS DISTINCT FROM (excluded.tool, excluded.name_th, excluded.name_en)`,
      [
        column(indicators, 'fiscalYear'),
        column(indicators, 'number'),
        column(indicators, 'tool'),
        column(indicators, 'nameTh'),
        column(indicators, 'nameEn'),
      ],
    );
  });
  return {
    provinces: provinces.length,
    districts: districts.length,
    organisations: organisations.length,
    fiscalYears: frameworks.length,
    indicators: frameworks.reduce((sum, f) => sum + f.indicators.length, 0),
  };
}

function toolWeight(framework: ReturnType<typeof listFrameworks>[number], code: 'IIT' | 'EIT' | 'OIT'): number {
  const tool = framework.tools.find((t) => t.code === code);
  if (!tool) throw new Error(`Framework ${framework.fiscalYear} has no tool ${code}`);
  return tool.weight;
}
