import { organisationDisplayName } from './organisation-display-name';

describe('organisationDisplayName', () => {
  it('writes the Thai type before the name', () => {
    expect(organisationDisplayName({ nameTh: 'โพธิ์ทอง', type: 'SUBDISTRICT_MUNICIPALITY' })).toBe('เทศบาลตำบลโพธิ์ทอง');
    expect(organisationDisplayName({ nameTh: 'กระบี่', type: 'PAO' })).toBe('อบจ.กระบี่');
    expect(organisationDisplayName({ nameTh: 'หนองสามวัง', type: 'SAO' })).toBe('อบต.หนองสามวัง');
  });

  it('leaves Pattaya and names that already carry the type as they are', () => {
    expect(organisationDisplayName({ nameTh: 'เมืองพัทยา', type: 'SPECIAL' })).toBe('เมืองพัทยา');
    expect(organisationDisplayName({ nameTh: 'เทศบาลนครขอนแก่น', type: 'CITY_MUNICIPALITY' })).toBe('เทศบาลนครขอนแก่น');
  });
});
