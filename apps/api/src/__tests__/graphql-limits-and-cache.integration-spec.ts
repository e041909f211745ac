import { DataSource } from 'typeorm';
import { analyticsJobId, ImportSubmissionService } from '@ita/server/ingest';
import { JobQueue } from '@ita/server/queue';
import { MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../graphql/query-limits';
import { ApiTestContext, startApiForTest } from './api-test-client';

const csv = (rows: string[]) => Buffer.from(`ปีงบประมาณ,รหัส อปท.,ชื่อหน่วยงาน,คะแนนรวม,ระดับ\n${rows.join('\n')}\n`, 'utf8');

describe('GraphQL query limits and the whole-response cache', () => {
  let api: ApiTestContext;

  const importAndAnalyse = async (rows: string[]) => {
    const { importId } = await api.app
      .get(ImportSubmissionService)
      .submit({ fileName: 'ผลการประเมิน.csv', content: csv(rows) }, { dryRun: false, acceptValid: false, year: null });
    const queue = api.app.get(JobQueue);
    await queue.waitUntilFinished(importId, 60_000);
    await queue.waitUntilFinished(analyticsJobId(importId), 60_000);
  };
  const post = async (query: string) => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return {
      cache: response.headers.get('x-cache'),
      body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
    };
  };

  beforeAll(async () => {
    api = await startApiForTest();
    await importAndAnalyse(['2566,5451607,โพธิ์ทอง,91.50,ผ่านดี', '2566,6451012,โพธิ์ทอง,88.00,ผ่าน']);
  }, 120_000);
  afterAll(() => api?.close());

  it('refuses a query nested deeper than the limit before running it', async () => {
    // No type of the schema nests this deep: such a query can only be an attempt to make the server work.
    const { body } = await post(`{ organisations { nodes { results { indicators { a { b { c { d { e { f { g } } } } } } } } } } }`);
    expect(body.errors?.map((e) => e.message)).toContain(`'' exceeds maximum operation depth of ${MAX_QUERY_DEPTH}`);
  });

  it('refuses a query whose estimated cost is over the limit, naming the cost and the limit', async () => {
    const everything =
      'fiscalYear total level iit eit oit eitPart1 eitPart2 delta totalPublished totalDerived levelPublished levelDerived indicators { indicator score } provenance { importId file sheet row }';
    const { body } = await post(`{ organisations(limit: 500) { nodes { code results { ${everything} } } } }`);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY' } });
    expect(body.errors?.[0]?.message).toMatch(
      new RegExp(`^Query cost \\d+ is over the limit of ${MAX_QUERY_COST}: ask for fewer items per page`),
    );
    const { body: page } = await post(
      `{ organisations(limit: 500) { totalCount nodes { code nameTh type results { fiscalYear total level delta } } } }`,
    );
    expect(page.errors).toBeUndefined();
  });

  it('answers a repeated query from the cache, and an import followed by its analytics run retires the old answer', async () => {
    const query = `{ organisation(code: "5451607") { results { fiscalYear total } } trend(scope: { provinceCode: "45" }, metric: TOTAL) { fiscalYear value count } }`;
    const first = await post(query);
    const second = await post(query);
    expect(first.cache).toBeNull();
    expect(second).toEqual({ cache: 'HIT', body: first.body });
    expect(first.body.data).toEqual({
      organisation: { results: [{ fiscalYear: 2566, total: 91.5 }] },
      trend: [{ fiscalYear: 2566, value: 89.75, count: 2 }],
    });

    await importAndAnalyse(['2566,5451607,โพธิ์ทอง,99.50,ผ่านดีเยี่ยม']);
    const after = await post(query);
    expect(after.cache).toBeNull();
    expect(after.body.data).toEqual({
      organisation: { results: [{ fiscalYear: 2566, total: 99.5 }] },
      trend: [{ fiscalYear: 2566, value: 93.75, count: 2 }],
    });
  });

  it('computes identical queries that arrive together once, and sends every caller that answer', async () => {
    const query = `{ organisations(filter: { provinceCode: "45" }, limit: 3) { totalCount nodes { code results { fiscalYear total } } } }`;
    const dataSource = api.app.get(DataSource);
    const spy = jest.spyOn(dataSource, 'query');
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(query)));
    const statements = spy.mock.calls.length;
    spy.mockRestore();
    // page + count + one batched results statement: one request's worth
    expect(statements).toBe(3);
    expect(answers.map((a) => a.cache).sort()).toEqual(['HIT', 'HIT', 'HIT', 'HIT', null]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(answers[0].body.errors).toBeUndefined();

    // Not stored (an error): each waiting caller is answered on its own, with its error.
    const bad = await Promise.all(Array.from({ length: 3 }, () => post(`{ organisations(limit: 5000) { totalCount } }`)));
    expect(bad.map((a) => [a.cache, a.body.errors?.[0]?.extensions?.code])).toEqual(Array(3).fill([null, 'BAD_USER_INPUT']));
  });

  it('never caches an answer with errors, nor the import job status', async () => {
    const bad = `{ organisations(limit: 5000) { totalCount } }`;
    expect((await post(bad)).cache).toBeNull();
    expect((await post(bad)).cache).toBeNull();
    const job = `{ importJob(id: "00000000-0000-0000-0000-000000000000") { id } }`;
    await post(job);
    expect((await post(job)).cache).toBeNull();
  });
});
