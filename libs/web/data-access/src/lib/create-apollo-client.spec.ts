/**
 * @jest-environment node
 */
// Node's fetch Response is the real thing; jsdom has none.
import { createApolloClient } from './create-apollo-client';
import { ORGANISATION_QUERY } from './graphql/organisation.query';
import { PROVINCES_QUERY } from './graphql/provinces.query';

type Call = { url: string; init: RequestInit };

function fakeFetch(respond: (body: { operationName: string; variables: unknown }) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return respond(JSON.parse(String(init.body)));
  };
  return { calls, fetch: fetchImpl as typeof fetch };
}

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const province = { __typename: 'Province', code: '45', nameTh: 'ร้อยเอ็ด', nameEn: 'Roi Et', region: 'ภาคตะวันออกเฉียงเหนือ' };

describe('createApolloClient', () => {
  it('posts to /graphql on the same origin by default', async () => {
    const server = fakeFetch(() => json({ data: { provinces: [province] } }));
    const client = createApolloClient({ fetch: server.fetch });

    const result = await client.query({ query: PROVINCES_QUERY });

    expect(result.data?.provinces).toEqual([province]);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0].url).toBe('/graphql');
    expect(new Headers(server.calls[0].init.headers).get('authorization')).toBeNull();
  });

  it('sends the bearer token read at request time', async () => {
    let token: string | null = null;
    const server = fakeFetch(() => json({ data: { provinces: [] } }));
    const client = createApolloClient({ uri: 'http://api.test/graphql', fetch: server.fetch, getToken: () => token });

    token = 'minted-in-test';
    await client.query({ query: PROVINCES_QUERY });

    expect(server.calls[0].url).toBe('http://api.test/graphql');
    expect(new Headers(server.calls[0].init.headers).get('authorization')).toBe('Bearer minted-in-test');
  });

  it('identifies organisations by code in the cache', async () => {
    const organisation = {
      __typename: 'Organisation',
      code: '5451607',
      nameTh: 'ตัวอย่าง',
      type: 'SAO',
      provinceCode: '54',
      districtCode: '5416',
      results: [{ __typename: 'Result', fiscalYear: 2566, total: 88.12, level: 'A' }],
    };
    const server = fakeFetch(() => json({ data: { organisation } }));
    const client = createApolloClient({ fetch: server.fetch });

    await client.query({ query: ORGANISATION_QUERY, variables: { code: '5451607' } });

    expect(client.cache.extract()).toHaveProperty(['Organisation:{"code":"5451607"}', 'nameTh'], 'ตัวอย่าง');
  });
});
