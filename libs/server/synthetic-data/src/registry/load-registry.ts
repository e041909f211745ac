import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { orgTypeFromRegistryCode } from '@ita/domain';
import { REGISTRY_DATA_DIR } from './registry-data-dir';
import type { RegistryOrganisation } from './registry-organisation';

type Row = Record<string, string>;

function readCsv(dir: string, file: string): Row[] {
  return parse(readFileSync(join(dir, file)), { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

/** The organisation registry (laos.csv) in file order, with province, region and district names. */
export function loadRegistry(dir: string = REGISTRY_DATA_DIR): RegistryOrganisation[] {
  const provinces = new Map(readCsv(dir, 'provinces.csv').map((row) => [row.code, row]));
  const districts = new Map(readCsv(dir, 'districts.csv').map((row) => [row.code, row.name_th]));
  return readCsv(dir, 'laos.csv').map((row) => {
    const orgType = orgTypeFromRegistryCode(row.type);
    const province = provinces.get(row.province_code);
    if (!orgType || !province) throw new Error(`laos.csv: organisation ${row.dla_code} has an unknown type or province`);
    return {
      code: row.dla_code,
      orgType,
      nameTh: row.name_th,
      typeTh: row.type_th,
      provinceCode: row.province_code,
      provinceNameTh: province.name_th,
      regionTh: province.region_th,
      districtCode: row.district_code,
      districtNameTh: districts.get(row.district_code) ?? null,
    };
  });
}
