import { parseOrgType } from './parse-org-type';

describe('parseOrgType', () => {
  it.each([
    ['องค์การบริหารส่วนจังหวัด', 'PAO'],
    ['อบจ.', 'PAO'],
    ['อบจ', 'PAO'],
    ['PAO', 'PAO'],
    ['pao', 'PAO'],
    ['Provincial Administrative Organisation', 'PAO'],
    ['provincial administrative organization', 'PAO'],
    ['เทศบาลนคร', 'CITY_MUNICIPALITY'],
    ['ทน.', 'CITY_MUNICIPALITY'],
    ['city_municipality', 'CITY_MUNICIPALITY'],
    ['City Municipality', 'CITY_MUNICIPALITY'],
    ['city', 'CITY_MUNICIPALITY'],
    ['เทศบาลเมือง', 'TOWN_MUNICIPALITY'],
    ['ทม.', 'TOWN_MUNICIPALITY'],
    ['town municipality', 'TOWN_MUNICIPALITY'],
    ['เทศบาลตำบล', 'SUBDISTRICT_MUNICIPALITY'],
    ['เทศบาล ตำบล', 'SUBDISTRICT_MUNICIPALITY'],
    ['เทศบาลตําบล', 'SUBDISTRICT_MUNICIPALITY'],
    ['ทต.', 'SUBDISTRICT_MUNICIPALITY'],
    ['subdistrict municipality', 'SUBDISTRICT_MUNICIPALITY'],
    ['Sub-district Municipality', 'SUBDISTRICT_MUNICIPALITY'],
    ['SUBDISTRICT_MUNICIPALITY', 'SUBDISTRICT_MUNICIPALITY'],
    ['องค์การบริหารส่วนตำบล', 'SAO'],
    ['อบต.', 'SAO'],
    [' อบต ', 'SAO'],
    ['SAO', 'SAO'],
    ['sao', 'SAO'],
    ['Subdistrict Administrative Organisation', 'SAO'],
    ['TAO', 'SAO'],
    ['ท้องถิ่นรูปแบบพิเศษ', 'SPECIAL'],
    ['เมืองพัทยา', 'SPECIAL'],
    ['special', 'SPECIAL'],
  ])('%p → %s', (raw, type) => {
    expect(parseOrgType(raw)).toBe(type);
  });

  it.each([['เทศบาล'], ['subdistrict'], ['municipality'], ['อบ'], [''], [null], [undefined]])('%p → null', (raw) => {
    expect(parseOrgType(raw)).toBeNull();
  });
});
