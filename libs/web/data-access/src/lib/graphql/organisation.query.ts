import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrgType } from './org-type';

export interface OrganisationQueryResult {
  __typename?: 'Result';
  /** Buddhist Era fiscal year, e.g. 2566. */
  fiscalYear: number;
  /** 0–100, as published. */
  total: number;
  level: string | null;
}

export interface OrganisationQueryOrganisation {
  __typename?: 'Organisation';
  code: string;
  nameTh: string;
  type: OrgType;
  provinceCode: string;
  districtCode: string | null;
  /** Ordered by fiscal year ascending. */
  results: OrganisationQueryResult[];
}

export interface OrganisationQuery {
  /** null when no organisation has this code. */
  organisation: OrganisationQueryOrganisation | null;
}

export interface OrganisationQueryVariables {
  code: string;
}

// Written by hand until codegen reads the committed schema.gql; keep the types above in step with the selection.
export const ORGANISATION_QUERY: TypedDocumentNode<OrganisationQuery, OrganisationQueryVariables> = gql`
  query Organisation($code: ID!) {
    organisation(code: $code) {
      code
      nameTh
      type
      provinceCode
      districtCode
      results {
        fiscalYear
        total
        level
      }
    }
  }
`;
