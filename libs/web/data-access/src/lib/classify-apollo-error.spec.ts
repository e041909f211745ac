/**
 * @jest-environment node
 */
// Node's fetch Response is the real thing; jsdom has none.
import { classifyApolloError } from './classify-apollo-error';
import { createApolloClient } from './create-apollo-client';
import { PROVINCES_QUERY } from './graphql/provinces.query';

const respondWith = (response: () => Response | Promise<Response>) => (async () => response()) as typeof fetch;

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('classifyApolloError', () => {
  it('calls an unreachable server a network error', async () => {
    const client = createApolloClient({
      fetch: respondWith(() => {
        throw new TypeError('fetch failed');
      }),
    });
    const error = await client.query({ query: PROVINCES_QUERY }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(classifyApolloError(error)).toEqual({ kind: 'network' });
  });

  it('reports the HTTP status of a failing server', async () => {
    const client = createApolloClient({
      fetch: respondWith(() => new Response('Bad gateway', { status: 502, headers: { 'content-type': 'text/plain' } })),
    });
    const error = await client.query({ query: PROVINCES_QUERY }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(classifyApolloError(error)).toEqual({ kind: 'server', status: 502 });
  });

  it('collects GraphQL error messages and codes', async () => {
    const client = createApolloClient({
      fetch: respondWith(() => json({ data: null, errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] })),
    });
    const error = await client.query({ query: PROVINCES_QUERY }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(classifyApolloError(error)).toEqual({ kind: 'graphql', messages: ['Unauthorized'], codes: ['UNAUTHENTICATED'] });
  });

  it('keeps the message of anything else', () => {
    expect(classifyApolloError(new Error('boom'))).toEqual({ kind: 'unknown', message: 'boom' });
    expect(classifyApolloError('odd')).toEqual({ kind: 'unknown', message: 'odd' });
  });
});
