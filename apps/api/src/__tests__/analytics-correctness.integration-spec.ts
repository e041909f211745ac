import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ImportSubmissionService } from '@ita/server/ingest';
import { JobQueue } from '@ita/server/queue';
import { generateDataset } from '@ita/server/synthetic-data';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApiForTest } from './api-test-client';
import { expectClose } from './analytics/expect-close';
import { expectedBenchmark, expectedRankings, expectedTrend, expectedWeakest, RawResult } from './analytics/reference-analytics';

const YEARS = [2565, 2566, 2567];

describe('analytics queries against an independent computation (generated data, FY2565–2567)', () => {
  let api: ApiTestContext;
  let raw: RawResult[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-analytics-'));
    [api] = await Promise.all([
      startApiForTest({ importMaxBytes: 50 * 1024 * 1024 }),
      generateDataset({ outDir: dir, years: YEARS, seed: 7 }),
    ]);
    for (const year of YEARS) {
      const path = join(dir, `ita-${year}.csv`);
      const { importId } = await api.app
        .get(ImportSubmissionService)
        .submit({ fileName: basename(path), content: readFileSync(path) }, { dryRun: false, acceptValid: false, year: null });
      await api.app.get(JobQueue).waitUntilFinished(importId, 120_000);
    }
    rmSync(dir, { recursive: true, force: true });
    raw = await api.app.get(DataSource).query(
      `SELECT r.organisation_code AS code, r.fiscal_year AS year, o.province_code AS province, o.org_type AS type,
              r.total::float8 AS total, r.iit::float8 AS iit, r.eit::float8 AS eit, r.oit::float8 AS oit,
              r.indicator_scores::float8[] AS indicators
       FROM results r JOIN organisations o ON o.code = r.organisation_code`,
    );
  }, 300_000);
  afterAll(() => api?.close());

  const scopes: [string, string, (r: RawResult) => boolean][] = [
    ['national', '{ national: true }', () => true],
    ['province 30 (largest)', '{ provinceCode: "30" }', (r) => r.province === '30'],
    ['province 45', '{ provinceCode: "45" }', (r) => r.province === '45'],
    ['type SAO', '{ orgType: SAO }', (r) => r.type === 'SAO'],
    ['type CITY_MUNICIPALITY', '{ orgType: CITY_MUNICIPALITY }', (r) => r.type === 'CITY_MUNICIPALITY'],
  ];

  it('has data for every year and organisations missing a year', () => {
    expect(new Set(raw.map((r) => r.year))).toEqual(new Set(YEARS));
    const perOrg = new Map<string, number>();
    raw.forEach((r) => perOrg.set(r.code, (perOrg.get(r.code) ?? 0) + 1));
    expect([...perOrg.values()].some((n) => n < YEARS.length)).toBe(true);
  });

  it.each(scopes)('trend for %s, every metric', async (_name, scope, inScope) => {
    for (const metric of ['TOTAL', 'IIT', 'EIT', 'OIT', 'INDICATOR_1', 'INDICATOR_10']) {
      const { data, errors } = await api.graphql<{ trend: unknown[] }>(
        `{ trend(scope: ${scope}, metric: ${metric}) { fiscalYear value count median p25 p75 shareAtLeast85 delta } }`,
      );
      expect(errors).toBeUndefined();
      expectClose(data?.trend, expectedTrend(raw.filter(inScope), metric, false));
    }
  });

  it('trend for an organisation, including one that misses a year', async () => {
    const perOrg = new Map<string, number[]>();
    raw.forEach((r) => perOrg.set(r.code, [...(perOrg.get(r.code) ?? []), r.year]));
    const missing = [...perOrg].find(([, years]) => years.length === 2 && !years.includes(2566))?.[0] as string;
    for (const code of ['5451607', missing]) {
      const { data } = await api.graphql<{ trend: unknown[] }>(
        `{ trend(scope: { organisationCode: "${code}" }, metric: TOTAL) { fiscalYear value count median p25 p75 shareAtLeast85 delta } }`,
      );
      expectClose(
        data?.trend,
        expectedTrend(
          raw.filter((r) => r.code === code),
          'TOTAL',
          true,
        ),
      );
    }
    const { data } = await api.graphql<{ trend: { delta: number | null }[] }>(
      `{ trend(scope: { organisationCode: "${missing}" }, metric: TOTAL) { delta } }`,
    );
    expect(data?.trend.map((p) => p.delta)).toEqual([null, null]);
  });

  it.each(scopes)('weakestIndicators for %s', async (_name, scope, inScope) => {
    for (const year of YEARS) {
      const { data } = await api.graphql<{ weakestIndicators: unknown[] }>(
        `{ weakestIndicators(scope: ${scope}, fiscalYear: ${year}) { rank indicator meanScore shareWeakest } }`,
      );
      expectClose(data?.weakestIndicators, expectedWeakest(raw.filter(inScope), year));
    }
  });

  it.each(scopes)('rankings by TOTAL and DELTA for %s', async (_name, scope, inScope) => {
    for (const by of ['TOTAL', 'DELTA'] as const) {
      const expected = expectedRankings(raw.filter(inScope), raw, 2566, by);
      const { data } = await api.graphql<{ rankings: { totalCount: number; nodes: unknown[] } }>(
        `{ rankings(scope: ${scope}, fiscalYear: 2566, by: ${by}, offset: 10, limit: 40) { totalCount nodes { rank value percentile organisation { code } } } }`,
      );
      expect(data?.rankings.totalCount).toBe(expected.length);
      expectClose(
        data?.rankings.nodes,
        expected.slice(10, 50).map((e) => ({ rank: e.rank, value: e.value, percentile: e.percentile, organisation: { code: e.code } })),
      );
    }
  });

  it('benchmark for every peer group, including a peer group of one (each province has one อบจ.)', async () => {
    const pao = raw.find((r) => r.type === 'PAO' && r.year === 2566) as RawResult;
    for (const code of ['5451607', pao.code]) {
      for (const peerGroup of ['SAME_TYPE_PROVINCE', 'SAME_TYPE_NATIONAL', 'PROVINCE', 'NATIONAL']) {
        const { data, errors } = await api.graphql<{ benchmark: unknown }>(
          `{ benchmark(code: "${code}", fiscalYear: 2566, peerGroup: ${peerGroup}) { peerCount total { value peerMedian percentile } indicators { indicator value peerMedian gap percentile } } }`,
        );
        expect(errors).toBeUndefined();
        expectClose(data?.benchmark, expectedBenchmark(raw, code, 2566, peerGroup));
      }
    }
    const { data } = await api.graphql<{ benchmark: { peerCount: number; total: { percentile: number } } }>(
      `{ benchmark(code: "${pao.code}", fiscalYear: 2566) { peerCount total { percentile } } }`,
    );
    expect(data?.benchmark).toEqual({ peerCount: 1, total: { percentile: 0 } });
  });

  it('answers empty lists for a year without results, and rejects an ambiguous scope', async () => {
    const { data } = await api.graphql(
      `{ weakestIndicators(scope: { national: true }, fiscalYear: 2562) { rank } rankings(scope: { national: true }, fiscalYear: 2562) { totalCount nodes { rank } } }`,
    );
    expect(data).toEqual({ weakestIndicators: [], rankings: { totalCount: 0, nodes: [] } });
    const { errors } = await api.graphql(`{ trend(scope: { national: true, provinceCode: "45" }, metric: TOTAL) { value } }`);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
