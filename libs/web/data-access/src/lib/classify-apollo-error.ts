import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** What went wrong, in the terms a user message needs. The app turns each kind into translated text. */
export type ApolloErrorKind =
  | { kind: 'network' }
  | { kind: 'server'; status: number }
  | { kind: 'graphql'; messages: string[]; codes: string[] }
  | { kind: 'unknown'; message: string };

export function classifyApolloError(error: unknown): ApolloErrorKind {
  if (CombinedGraphQLErrors.is(error)) {
    return {
      kind: 'graphql',
      messages: error.errors.map((item) => item.message),
      codes: error.errors.flatMap((item) => (typeof item.extensions?.['code'] === 'string' ? [item.extensions['code']] : [])),
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return { kind: 'server', status: error.statusCode };
  }
  // fetch() rejects with a TypeError when the server cannot be reached (offline, refused, CORS, proxy down).
  if (error instanceof TypeError) return { kind: 'network' };
  return { kind: 'unknown', message: error instanceof Error ? error.message : String(error) };
}
