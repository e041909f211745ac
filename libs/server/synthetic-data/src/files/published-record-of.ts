import type { SimulatedResult } from '../model/simulated-result';
import type { RegistryOrganisation } from '../registry/registry-organisation';
import { indicatorField } from './indicator-field';
import type { PublishedRecord } from './published-record';

/** A simulated result as the clean files publish it: registry name, Thai type and province, district name (else code). */
export function publishedRecordOf(result: SimulatedResult, organisation: RegistryOrganisation): PublishedRecord {
  const record: PublishedRecord = {
    fiscal_year: result.fiscalYear,
    org_code: organisation.code,
    org_name: organisation.nameTh,
    org_type: organisation.typeTh,
    province: organisation.provinceNameTh,
    district: organisation.districtNameTh ?? organisation.districtCode,
    iit: result.iit,
    eit: result.eit,
    oit: result.oit,
    total: result.total,
    level: result.level,
  };
  result.indicators.forEach((score, index) => (record[indicatorField(index + 1)] = score));
  if (result.eitParts) [record.eit_part1, record.eit_part2] = result.eitParts;
  return record;
}
