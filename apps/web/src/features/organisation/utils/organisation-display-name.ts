import type { OrgType } from '@ita/web/data-access';

// DLA publishes names without their type ("โพธิ์ทอง"); Thai writes the type first: "เทศบาลตำบลโพธิ์ทอง", "อบต.…".
const THAI_PREFIX: Record<OrgType, string> = {
  PAO: 'อบจ.',
  CITY_MUNICIPALITY: 'เทศบาลนคร',
  TOWN_MUNICIPALITY: 'เทศบาลเมือง',
  SUBDISTRICT_MUNICIPALITY: 'เทศบาลตำบล',
  SAO: 'อบต.',
  SPECIAL: '', // เมืองพัทยา: the name already says what it is
};

export function organisationDisplayName(organisation: { nameTh: string; type: OrgType }): string {
  const prefix = THAI_PREFIX[organisation.type];
  return organisation.nameTh.startsWith(prefix) ? organisation.nameTh : `${prefix}${organisation.nameTh}`;
}
