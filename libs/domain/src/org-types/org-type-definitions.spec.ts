import { getOrgTypeDefinition } from './get-org-type-definition';
import { OrgType } from './org-type';
import { ORG_TYPE_DEFINITIONS } from './org-type-definitions';
import { orgTypeKey } from './org-type-key';

describe('organisation type data', () => {
  it('defines the six types with their registry codes, Thai names, abbreviations and DLA code digits', () => {
    expect(ORG_TYPE_DEFINITIONS.map((d) => [d.type, d.registryCode, d.nameTh, d.abbreviationTh, d.dlaCodeFirstDigit])).toEqual([
      ['PAO', 'pao', 'องค์การบริหารส่วนจังหวัด', 'อบจ.', 2],
      ['CITY_MUNICIPALITY', 'city_municipality', 'เทศบาลนคร', 'ทน.', 3],
      ['TOWN_MUNICIPALITY', 'town_municipality', 'เทศบาลเมือง', 'ทม.', 4],
      ['SUBDISTRICT_MUNICIPALITY', 'subdistrict_municipality', 'เทศบาลตำบล', 'ทต.', 5],
      ['SAO', 'sao', 'องค์การบริหารส่วนตำบล', 'อบต.', 6],
      ['SPECIAL', 'special', 'ท้องถิ่นรูปแบบพิเศษ', null, 3],
    ]);
  });

  it('matches the OrgType values exactly', () => {
    expect(Object.values(OrgType)).toEqual(ORG_TYPE_DEFINITIONS.map((definition) => definition.type));
    expect(getOrgTypeDefinition('SAO').nameEn).toBe('Subdistrict Administrative Organisation');
  });

  it('lists every Thai name among the prefixes and every abbreviation among the spellings', () => {
    for (const definition of ORG_TYPE_DEFINITIONS) {
      expect(definition.namePrefixesTh).toContain(definition.nameTh);
      expect(definition.abbreviationTh === null || definition.abbreviationsTh.includes(definition.abbreviationTh)).toBe(true);
      expect(definition.abbreviationsTh.every((abbreviation) => abbreviation.endsWith('.'))).toBe(true);
    }
  });

  it('never gives one spelling to two types', () => {
    const owner = new Map<string, string>();
    for (const d of ORG_TYPE_DEFINITIONS) {
      for (const spelling of [d.type, d.registryCode, d.nameEn, ...d.namePrefixesTh, ...d.abbreviationsTh, ...d.aliases]) {
        const key = orgTypeKey(spelling);
        expect([spelling, owner.get(key) ?? d.type]).toEqual([spelling, d.type]);
        owner.set(key, d.type);
      }
    }
  });
});
