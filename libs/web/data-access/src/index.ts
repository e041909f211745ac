export { classifyApolloError } from './lib/classify-apollo-error';
export type { ApolloErrorKind } from './lib/classify-apollo-error';
export { createApolloCache, createApolloClient } from './lib/create-apollo-client';
export type { CreateApolloClientOptions } from './lib/create-apollo-client';
export { ORG_TYPES } from './lib/graphql/org-type';
export type { OrgType } from './lib/graphql/org-type';
export { ORGANISATION_QUERY } from './lib/graphql/organisation.query';
export type {
  OrganisationQuery,
  OrganisationQueryOrganisation,
  OrganisationQueryResult,
  OrganisationQueryVariables,
} from './lib/graphql/organisation.query';
export { PROVINCES_QUERY } from './lib/graphql/provinces.query';
export type { ProvincesQuery, ProvincesQueryProvince, ProvincesQueryVariables } from './lib/graphql/provinces.query';
