import { skipToken, useQuery } from '@apollo/client/react';
import { ORGANISATION_QUERY } from '@ita/web/data-access';

/** The organisation with this code and its results; nothing is fetched while `code` is null. */
export function useOrganisation(code: string | null) {
  return useQuery(ORGANISATION_QUERY, code ? { variables: { code }, notifyOnNetworkStatusChange: true } : skipToken);
}
