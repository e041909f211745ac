import { ORGANISATION_QUERY, PROVINCES_QUERY, type OrganisationQueryOrganisation } from '@ita/web/data-access';
import type { MockLink } from '@apollo/client/testing';

export const provinces = [
  { __typename: 'Province' as const, code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok', region: 'ภาคกลาง' },
  { __typename: 'Province' as const, code: '45', nameTh: 'ร้อยเอ็ด', nameEn: 'Roi Et', region: 'ภาคตะวันออกเฉียงเหนือ' },
  { __typename: 'Province' as const, code: '57', nameTh: 'เชียงราย', nameEn: 'Chiang Rai', region: 'ภาคเหนือ' },
];

export const provincesMock: MockLink.MockedResponse = {
  request: { query: PROVINCES_QUERY },
  result: { data: { provinces } },
};

export const organisationWithResults: OrganisationQueryOrganisation = {
  __typename: 'Organisation',
  code: '5451607',
  nameTh: 'โพธิ์ทอง',
  type: 'SUBDISTRICT_MUNICIPALITY',
  provinceCode: '45',
  districtCode: '4516',
  results: [
    { __typename: 'Result', fiscalYear: 2566, total: 78.4, level: 'B' },
    { __typename: 'Result', fiscalYear: 2567, total: 85.5, level: 'A' },
    { __typename: 'Result', fiscalYear: 2568, total: 91.25, level: 'AA' },
  ],
};

export const organisationWithoutResults: OrganisationQueryOrganisation = {
  __typename: 'Organisation',
  code: '3200408',
  nameTh: 'เมืองพัทยา',
  type: 'SPECIAL',
  provinceCode: '20',
  districtCode: '2004',
  results: [],
};

export function organisationMock(code: string, organisation: OrganisationQueryOrganisation | null): MockLink.MockedResponse {
  return { request: { query: ORGANISATION_QUERY, variables: { code } }, result: { data: { organisation } } };
}
