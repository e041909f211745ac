import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ProvincesQueryProvince {
  __typename?: 'Province';
  code: string;
  nameTh: string;
  nameEn: string;
  region: string;
}

export interface ProvincesQuery {
  provinces: ProvincesQueryProvince[];
}

export type ProvincesQueryVariables = Record<string, never>;

// Written by hand until codegen reads the committed schema.gql; keep the types above in step with the selection.
export const PROVINCES_QUERY: TypedDocumentNode<ProvincesQuery, ProvincesQueryVariables> = gql`
  query Provinces {
    provinces {
      code
      nameTh
      nameEn
      region
    }
  }
`;
