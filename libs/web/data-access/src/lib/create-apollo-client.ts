import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

export interface CreateApolloClientOptions {
  /** GraphQL endpoint; the API serves it on the same origin (Vite proxies it in development). */
  uri?: string;
  /** For tests and non-browser callers. */
  fetch?: typeof fetch;
  /** Bearer token for the current user, read on every request (sign-in arrives with the tenancy work). */
  getToken?: () => string | null | undefined;
}

export function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Codes are the identities the API promises (CONTRACT.md); there is no `id` field.
      Province: { keyFields: ['code'] },
      Organisation: { keyFields: ['code'] },
    },
  });
}

export function createApolloClient({ uri = '/graphql', fetch, getToken }: CreateApolloClientOptions = {}): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = getToken?.();
    return token ? { headers: { ...previous['headers'], authorization: `Bearer ${token}` } } : {};
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri, fetch })]),
    cache: createApolloCache(),
  });
}
