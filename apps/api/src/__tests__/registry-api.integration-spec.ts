import { DataSource } from 'typeorm';
import { ApiTestContext, startApiForTest } from './api-test-client';

describe('registry over GraphQL and /health', () => {
  let api: ApiTestContext;

  beforeAll(async () => {
    api = await startApiForTest();
  }, 90_000);
  afterAll(() => api?.close());

  it('GET /health answers 200 when the database and the queue are reachable', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: { status: 'ok', embedded: false },
      queue: { status: 'ok', transport: process.env.REDIS_URL ? 'bullmq' : 'in-process' },
    });
  });

  it('lists the 77 provinces with names and regions', async () => {
    const { data } = await api.graphql<{ provinces: { code: string; nameTh: string; nameEn: string; region: string }[] }>(
      '{ provinces { code nameTh nameEn region } }',
    );
    expect(data?.provinces).toHaveLength(77);
    expect(data?.provinces[0]).toEqual({ code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok', region: 'Central' });
    expect(data?.provinces.find((p) => p.code === '45')).toEqual({ code: '45', nameTh: 'ร้อยเอ็ด', nameEn: 'Roi Et', region: 'Northeast' });
  });

  it('finds an organisation by its DLA code, and answers null for an unknown one', async () => {
    const { data } = await api.graphql(
      `{ known: organisation(code: "5451607") { code nameTh type provinceCode districtCode results { fiscalYear } }
         unknown: organisation(code: "9999999") { code } }`,
    );
    expect(data).toEqual({
      known: { code: '5451607', nameTh: 'โพธิ์ทอง', type: 'SUBDISTRICT_MUNICIPALITY', provinceCode: '45', districtCode: '4516', results: [] },
      unknown: null,
    });
  });

  it('filters, searches and pages organisations deterministically', async () => {
    const { data } = await api.graphql(`{
      roiEt: organisations(filter: { provinceCode: "45" }) { totalCount }
      roiEtSao: organisations(filter: { provinceCode: "45", orgType: SAO }) { totalCount }
      phoThong: organisations(filter: { provinceCode: "45", search: "โพธิ์ทอง" }) { totalCount nodes { code type } }
      typedPrefix: organisations(filter: { provinceCode: "45", search: "ทต.โพธิ์ทอง" }) { totalCount nodes { code } }
      byCode: organisations(filter: { search: "54516" }) { nodes { code } }
      page2: organisations(filter: { provinceCode: "45" }, offset: 2, limit: 2) { nodes { code } }
      firstFour: organisations(filter: { provinceCode: "45" }, limit: 4) { nodes { code } }
    }`);
    const d = data as Record<string, { totalCount: number; nodes: { code: string; type?: string }[] }>;
    expect(d.roiEt.totalCount).toBe(203);
    expect(d.roiEtSao.totalCount).toBe(129);
    expect(d.phoThong.nodes).toEqual([
      { code: '5450710', type: 'SUBDISTRICT_MUNICIPALITY' },
      { code: '5451607', type: 'SUBDISTRICT_MUNICIPALITY' },
      { code: '6451012', type: 'SAO' },
    ]);
    expect(d.typedPrefix.nodes.map((n) => n.code)).toEqual(['5450710', '5451607']);
    expect(d.byCode.nodes.map((n) => n.code)).toContain('5451607');
    expect(d.page2.nodes).toEqual(d.firstFour.nodes.slice(2));
  });

  it('rejects a page size over the limit with a specific error', async () => {
    const { errors } = await api.graphql('{ organisations(limit: 5000) { totalCount } }');
    expect(errors?.[0]).toMatchObject({ message: 'limit must be between 1 and 500, got 5000', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('returns results with indicators, delta and provenance, loading all organisations of a page in one statement', async () => {
    const dataSource = api.app.get(DataSource);
    await seedResults(dataSource);
    const spy = jest.spyOn(dataSource, 'query');
    const { data, errors } = await api.graphql(`{
      organisations(filter: { provinceCode: "45", search: "โพธิ์ทอง" }) {
        nodes { code results { fiscalYear total level iit eit oit delta indicators { indicator score } provenance { file sheet row } } }
      }
    }`);
    expect(errors).toBeUndefined();
    // page + count + one batched results statement, however many organisations the page has
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
    const nodes = (data as { organisations: { nodes: { code: string; results: Record<string, unknown>[] }[] } }).organisations.nodes;
    const phoThong = nodes.find((n) => n.code === '5451607');
    expect(phoThong?.results).toEqual([
      {
        fiscalYear: 2565,
        total: 91.2,
        level: 'A',
        iit: null,
        eit: null,
        oit: null,
        delta: null,
        indicators: [],
        provenance: { file: 'seed.csv', sheet: null, row: 2 },
      },
      {
        fiscalYear: 2566,
        total: 99.5,
        level: 'ผ่านดี',
        iit: 99.71,
        eit: 98.63,
        oit: 100,
        delta: 8.3,
        indicators: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((indicator, i) => ({
          indicator,
          score: [100, 100, 100, 99.02, 99.51, 98.41, 98.75, 98.72, 100, 100][i],
        })),
        provenance: { file: 'seed.csv', sheet: 'ร้อยเอ็ด', row: 3 },
      },
    ]);
    expect(nodes.find((n) => n.code === '6451012')?.results.map((r) => r.delta)).toEqual([null]);
  });

  // Uses the results seeded by the test above.
  it('reads indicator scores and provenance only where they are asked for, and gives the same results either way', async () => {
    const dataSource = api.app.get(DataSource);
    const spy = jest.spyOn(dataSource, 'query');
    const { data, errors } = await api.graphql(`{
      organisations(filter: { provinceCode: "45", search: "โพธิ์ทอง" }) {
        nodes { code summary: results { fiscalYear total delta } detail: results { fiscalYear total delta indicators { score } provenance { row } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const statements = spy.mock.calls.map(([sql]) => String(sql));
    spy.mockRestore();
    // page + count + one batched statement for each shape of results
    expect(statements).toHaveLength(4);
    expect(statements.filter((sql) => sql.includes('indicator_scores'))).toHaveLength(1);
    type Node = { code: string; summary: Record<string, unknown>[]; detail: Record<string, unknown>[] };
    const phoThong = (data as { organisations: { nodes: Node[] } }).organisations.nodes.find((n) => n.code === '5451607');
    expect(phoThong?.summary).toEqual([
      { fiscalYear: 2565, total: 91.2, delta: null },
      { fiscalYear: 2566, total: 99.5, delta: 8.3 },
    ]);
    expect(phoThong?.detail.map(({ fiscalYear, total, delta }) => ({ fiscalYear, total, delta }))).toEqual(phoThong?.summary);
    expect(phoThong?.detail.map((r) => [(r.indicators as unknown[]).length, r.provenance])).toEqual([
      [0, { row: 2 }],
      [10, { row: 3 }],
    ]);
  });

  // Uses the results seeded by the test above.
  it('reads only the result columns asked for, also through a fragment', async () => {
    const dataSource = api.app.get(DataSource);
    const spy = jest.spyOn(dataSource, 'query');
    const { data, errors } = await api.graphql(`
      { organisation(code: "5451607") { results { year: fiscalYear ...published } } }
      fragment published on Result { levelPublished totalPublished levelDerived }`);
    expect(errors).toBeUndefined();
    const statements = spy.mock.calls.map(([sql]) => String(sql));
    spy.mockRestore();
    const resultsSql = statements.find((sql) => sql.includes('FROM results'));
    for (const asked of ['r.fiscal_year', 'r.level_published', 'r.total_published', 'r.level_derived']) expect(resultsSql).toContain(asked);
    // \b: r.total_published and r.level_derived are not r.total and r.level.
    for (const notAsked of [/r\.total\b/, /r\.level\b/, /r\.iit\b/, /\blag\(/, /indicator_scores/, /source_row/])
      expect(resultsSql).not.toMatch(notAsked);
    expect((data as { organisation: { results: unknown[] } }).organisation.results).toEqual([
      { year: 2565, levelPublished: 'A', totalPublished: 91.2, levelDerived: 'A' },
      { year: 2566, levelPublished: 'ผ่านดี', totalPublished: 99.5, levelDerived: 'ผ่านดีเยี่ยม' },
    ]);
  });

  // Uses the results seeded by the test above.
  it('filters by a year’s total or change and sorts by them, organisations without a result last', async () => {
    const page = (args: string) =>
      api.graphql<{ organisations: { totalCount: number; nodes: { code: string }[] } }>(
        `{ organisations(${args}) { totalCount nodes { code } } }`,
      );
    const below90 = await page('filter: { provinceCode: "45", fiscalYear: 2566, totalBelow: 90 }');
    expect(below90.data?.organisations).toEqual({ totalCount: 1, nodes: [{ code: '6451012' }] });
    const fellOrRoseLittle = await page('filter: { fiscalYear: 2566, deltaBelow: 10 }');
    expect(fellOrRoseLittle.data?.organisations).toEqual({ totalCount: 1, nodes: [{ code: '5451607' }] });
    const byTotal = await page('filter: { provinceCode: "45", fiscalYear: 2566 }, sort: { field: TOTAL, direction: DESC }, limit: 3');
    const [first, second, third] = byTotal.data?.organisations.nodes ?? [];
    expect([first, second]).toEqual([{ code: '5451607' }, { code: '6451012' }]);
    const byCode = await page('filter: { provinceCode: "45" }, limit: 3');
    const firstWithout = byCode.data?.organisations.nodes.find((n) => !['5451607', '6451012'].includes(n.code));
    expect(third).toEqual(firstWithout);
    const codeDesc = await page('filter: { provinceCode: "45" }, sort: { field: CODE, direction: DESC }, limit: 2');
    const codes = codeDesc.data?.organisations.nodes.map((n) => n.code) ?? [];
    expect([...codes].sort().reverse()).toEqual(codes);
    const { errors } = await page('filter: { provinceCode: "45" }, sort: { field: DELTA }');
    expect(errors?.[0]).toMatchObject({
      message: 'filter.fiscalYear is needed to filter or sort by total or delta',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

/** Results written directly (the importer is another capability): FY2565 and FY2566 for 5451607, FY2566 for 6451012. */
async function seedResults(dataSource: DataSource): Promise<void> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO imports (file_name, file_sha256, file_size, status) VALUES ('seed.csv', repeat('b', 64), 1, 'IMPORTED') RETURNING id`,
  );
  await dataSource.query(
    `INSERT INTO results (organisation_code, fiscal_year, province_code, total_published, level_published,
       iit_derived, eit_derived, oit_derived, total_derived, level_derived, import_id, source_file, source_sheet, source_row)
     VALUES ('5451607', 2565, '45', 91.20, 'A', NULL, NULL, NULL, NULL, 'A', $1, 'seed.csv', NULL, 2),
            ('5451607', 2566, '45', 99.50, 'ผ่านดี', 99.71, 98.63, 100.00, 99.50, 'ผ่านดีเยี่ยม', $1, 'seed.csv', 'ร้อยเอ็ด', 3),
            ('6451012', 2566, '45', 88.00, NULL, NULL, NULL, NULL, NULL, NULL, $1, 'seed.csv', 'ร้อยเอ็ด', 4)`,
    [id],
  );
  await dataSource.query(
    `UPDATE results SET indicator_scores = '{100, 100, 100, 99.02, 99.51, 98.41, 98.75, 98.72, 100, 100}' WHERE organisation_code = '5451607' AND fiscal_year = 2566`,
  );
}
