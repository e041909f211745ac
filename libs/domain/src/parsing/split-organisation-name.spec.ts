import { splitOrganisationName } from './split-organisation-name';

describe('splitOrganisationName', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลบ้านใหม่', 'บ้านใหม่', 'SAO'],
    ['องค์การบริหารส่วนตำบล บ้านใหม่', 'บ้านใหม่', 'SAO'],
    ['อบต.บ้านใหม่', 'บ้านใหม่', 'SAO'],
    ['อบต. บ้านใหม่', 'บ้านใหม่', 'SAO'],
    ['อบต บ้านใหม่', 'บ้านใหม่', 'SAO'],
    ['อบต .บ้านใหม่', 'บ้านใหม่', 'SAO'],
    ['อ.บ.ต.บ้านใหม่', 'บ้านใหม่', 'SAO'],
    ['อบต.\u00a0\u200bเมืองเพีย', 'เมืองเพีย', 'SAO'],
    ['เทศบาลตำบลโพธิ์ทอง', 'โพธิ์ทอง', 'SUBDISTRICT_MUNICIPALITY'],
    ['ทต.โพธิ์ทอง', 'โพธิ์ทอง', 'SUBDISTRICT_MUNICIPALITY'],
    ['ทต โพธิ์ทอง', 'โพธิ์ทอง', 'SUBDISTRICT_MUNICIPALITY'],
    ['เทศบาลเมืองกระบี่', 'กระบี่', 'TOWN_MUNICIPALITY'],
    ['ทม.กระบี่', 'กระบี่', 'TOWN_MUNICIPALITY'],
    ['เทศบาลนครขอนแก่น', 'ขอนแก่น', 'CITY_MUNICIPALITY'],
    ['ทน. ขอนแก่น', 'ขอนแก่น', 'CITY_MUNICIPALITY'],
    ['องค์การบริหารส่วนจังหวัดกระบี่', 'กระบี่', 'PAO'],
    ['อบจ.กระบี่', 'กระบี่', 'PAO'],
    ['อบจ. จังหวัดกระบี่', 'กระบี่', 'PAO'],
    ['อบจ.จ.กระบี่', 'กระบี่', 'PAO'],
    ['ท้องถิ่นรูปแบบพิเศษเมืองพัทยา', 'เมืองพัทยา', 'SPECIAL'],
    ['เมืองพัทยา', 'เมืองพัทยา', 'SPECIAL'],
  ])('%p → %p (%s)', (raw, name, typeHint) => {
    expect(splitOrganisationName(raw)).toEqual({ name, typeHint });
  });

  it.each([['ทมอ'], ['ทมนางาม'], ['อบทม'], ['อบตบ้านใหม่'], ['บ้านใหม่'], ['กม.5'], ['จ.ป.ร.'], ['อบต.']])(
    '%p has no type prefix and stays as it is',
    (raw) => {
      expect(splitOrganisationName(raw)).toEqual({ name: raw, typeHint: null });
    },
  );

  it('normalises whitespace and folds ํา in the remaining name', () => {
    expect(splitOrganisationName('  อบต.  บ้าน   ลํา  ')).toEqual({ name: 'บ้าน ลำ', typeHint: 'SAO' });
  });
});
