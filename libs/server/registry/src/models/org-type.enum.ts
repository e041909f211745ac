import { registerEnumType } from '@nestjs/graphql';
import { OrgType } from '@ita/domain';

registerEnumType(OrgType, {
  name: 'OrgType',
  description: 'Type of local administrative organisation (อปท.)',
  valuesMap: {
    PAO: { description: 'องค์การบริหารส่วนจังหวัด (อบจ.)' },
    CITY_MUNICIPALITY: { description: 'เทศบาลนคร (ทน.)' },
    TOWN_MUNICIPALITY: { description: 'เทศบาลเมือง (ทม.)' },
    SUBDISTRICT_MUNICIPALITY: { description: 'เทศบาลตำบล (ทต.)' },
    SAO: { description: 'องค์การบริหารส่วนตำบล (อบต.)' },
    SPECIAL: { description: 'ท้องถิ่นรูปแบบพิเศษ (เมืองพัทยา)' },
  },
});

export { OrgType };
