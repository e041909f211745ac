import type { OrgType } from '@ita/domain';

/** One row of laos.csv with the names of its province, region and district looked up. */
export interface RegistryOrganisation {
  readonly code: string;
  readonly orgType: OrgType;
  /** Name without a type prefix, as the registry writes it. */
  readonly nameTh: string;
  /** The registry's Thai type label (อบต., เทศบาลตำบล, …). */
  readonly typeTh: string;
  readonly provinceCode: string;
  readonly provinceNameTh: string;
  readonly regionTh: string;
  readonly districtCode: string;
  /** Null when districts.csv has no such code. */
  readonly districtNameTh: string | null;
}
