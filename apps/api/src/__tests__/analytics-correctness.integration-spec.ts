import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyticsJobId, ImportSubmissionService } from '@ita/server/ingest';
import { JobQueue } from '@ita/server/queue';
import { generateDataset } from '@ita/server/synthetic-data';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApiForTest } from './api-test-client';
import { expectClose } from './analytics/expect-close';
import { getFramework } from '@ita/domain';
import {
  expectedBenchmark,
  expectedRankings,
  expectedRankOf,
  expectedScopeSummary,
  expectedTrend,
  expectedTrendSlope,
  expectedWeakest,
  RawResult,
} from './analytics/reference-analytics';

const YEARS = [2562, 2563, 2564, 2565, 2566, 2567, 2568];
// Imported last: until then it is a year without results, and its import must change the next year's deltas.
const LAST_IMPORTED = 2562;
const EMPTY_YEAR_QUERY = `{ weakestIndicators(scope: { national: true }, fiscalYear: ${LAST_IMPORTED}) { rank }
  rankings(scope: { national: true }, fiscalYear: ${LAST_IMPORTED}) { totalCount nodes { rank } }
  scopeSummary(scope: { national: true }, fiscalYear: ${LAST_IMPORTED}) { count } }`;

describe('analytics queries against an independent computation (generated data, FY2562–2568)', () => {
  let api: ApiTestContext;
  let raw: RawResult[];
  let beforeLastImport: unknown;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-analytics-'));
    [api] = await Promise.all([
      startApiForTest({ importMaxBytes: 50 * 1024 * 1024 }),
      generateDataset({ outDir: dir, years: YEARS, seed: 7 }),
    ]);
    for (const year of [...YEARS.filter((y) => y !== LAST_IMPORTED), LAST_IMPORTED]) {
      if (year === LAST_IMPORTED) beforeLastImport = (await api.graphql(EMPTY_YEAR_QUERY)).data;
      const path = join(dir, `ita-${year}.csv`);
      const { importId } = await api.app
        .get(ImportSubmissionService)
        .submit({ fileName: basename(path), content: readFileSync(path) }, { dryRun: false, acceptValid: false, year: null });
      // Group answers come from the tables the analytics job fills after each import.
      const queue = api.app.get(JobQueue);
      await queue.waitUntilFinished(importId, 120_000);
      if (await queue.getJob(analyticsJobId(importId))) await queue.waitUntilFinished(analyticsJobId(importId), 120_000);
    }
    rmSync(dir, { recursive: true, force: true });
    raw = await api.app.get(DataSource).query(
      `SELECT r.organisation_code AS code, r.fiscal_year AS year, o.province_code AS province, o.org_type AS type,
              p.region_en AS region, r.level, r.total::float8 AS total, r.iit::float8 AS iit, r.eit::float8 AS eit,
              r.oit::float8 AS oit, r.indicator_scores::float8[] AS indicators
       FROM results r JOIN organisations o ON o.code = r.organisation_code JOIN provinces p ON p.code = o.province_code`,
    );
  }, 300_000);
  afterAll(() => api?.close());

  const scopes: [string, string, (r: RawResult) => boolean][] = [
    ['national', '{ national: true }', () => true],
    ['province 30 (largest)', '{ provinceCode: "30" }', (r) => r.province === '30'],
    ['province 45', '{ provinceCode: "45" }', (r) => r.province === '45'],
    ['type SAO', '{ orgType: SAO }', (r) => r.type === 'SAO'],
    ['type CITY_MUNICIPALITY', '{ orgType: CITY_MUNICIPALITY }', (r) => r.type === 'CITY_MUNICIPALITY'],
    ['region Northeast', '{ region: "Northeast" }', (r) => r.region === 'Northeast'],
    ['SAO of province 30', '{ provinceCode: "30", orgType: SAO }', (r) => r.province === '30' && r.type === 'SAO'],
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
    const missing = [...perOrg].find(([, years]) => years.includes(2565) && !years.includes(2566) && years.includes(2567))?.[0] as string;
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
    const { data } = await api.graphql<{ trend: { fiscalYear: number; delta: number | null }[] }>(
      `{ trend(scope: { organisationCode: "${missing}" }, metric: TOTAL) { fiscalYear delta } }`,
    );
    expect(data?.trend.map((p) => p.fiscalYear)).not.toContain(2566);
    expect(data?.trend.find((p) => p.fiscalYear === 2567)?.delta).toBeNull();
  });

  it.each(scopes)('weakestIndicators for %s', async (_name, scope, inScope) => {
    for (const year of YEARS) {
      const { data } = await api.graphql<{ weakestIndicators: unknown[] }>(
        `{ weakestIndicators(scope: ${scope}, fiscalYear: ${year}) { rank indicator meanScore shareWeakest } }`,
      );
      expectClose(data?.weakestIndicators, expectedWeakest(raw.filter(inScope), year));
    }
  });

  it.each(scopes)('rankings by TOTAL and DELTA for %s, every year', async (_name, scope, inScope) => {
    for (const year of YEARS) {
      for (const by of ['TOTAL', 'DELTA'] as const) {
        const expected = expectedRankings(raw.filter(inScope), raw, year, by);
        const { data } = await api.graphql<{ rankings: { totalCount: number; nodes: unknown[] } }>(
          `{ rankings(scope: ${scope}, fiscalYear: ${year}, by: ${by}, offset: 10, limit: 40) { totalCount nodes { rank value percentile organisation { code } } } }`,
        );
        expect(data?.rankings.totalCount).toBe(expected.length);
        expectClose(
          data?.rankings.nodes,
          expected.slice(10, 50).map((e) => ({ rank: e.rank, value: e.value, percentile: e.percentile, organisation: { code: e.code } })),
        );
      }
    }
  });

  it.each(YEARS)('benchmark for every peer group in %s, including a peer group of one (each province has one อบจ.)', async (year) => {
    const pao = raw.find((r) => r.type === 'PAO' && r.year === year) as RawResult;
    const sao = raw.find((r) => r.type === 'SAO' && r.province === '30' && r.year === year) as RawResult;
    for (const code of [sao.code, pao.code]) {
      for (const peerGroup of ['SAME_TYPE_PROVINCE', 'SAME_TYPE_NATIONAL', 'PROVINCE', 'NATIONAL']) {
        const { data, errors } = await api.graphql<{ benchmark: unknown }>(
          `{ benchmark(code: "${code}", fiscalYear: ${year}, peerGroup: ${peerGroup}) { peerCount total { value peerMedian percentile } indicators { indicator value peerMedian gap percentile } } }`,
        );
        expect(errors).toBeUndefined();
        expectClose(data?.benchmark, expectedBenchmark(raw, code, year, peerGroup));
      }
    }
    const { data } = await api.graphql<{ benchmark: { peerCount: number; total: { percentile: number } } }>(
      `{ benchmark(code: "${pao.code}", fiscalYear: ${year}) { peerCount total { percentile } } }`,
    );
    expect(data?.benchmark).toEqual({ peerCount: 1, total: { percentile: 0 } });
  });

  it('answered empty lists and no summary for a year without results, and answers with its rows once it is imported', async () => {
    expect(beforeLastImport).toEqual({ weakestIndicators: [], rankings: { totalCount: 0, nodes: [] }, scopeSummary: null });
    const { data } = await api.graphql<{ weakestIndicators: unknown[]; rankings: { totalCount: number }; scopeSummary: { count: number } }>(
      EMPTY_YEAR_QUERY,
    );
    const count = raw.filter((r) => r.year === LAST_IMPORTED).length;
    expect({ weakest: data?.weakestIndicators.length, ranked: data?.rankings.totalCount, summarised: data?.scopeSummary.count }).toEqual({
      weakest: expectedWeakest(raw, LAST_IMPORTED).length,
      ranked: count,
      summarised: count,
    });
  });

  it('rejects an ambiguous scope', async () => {
    const { errors } = await api.graphql(`{ trend(scope: { national: true, provinceCode: "45" }, metric: TOTAL) { value } }`);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
  it.each(scopes)('scopeSummary for %s: distribution, share against the 80 percent target, levels', async (_name, scope, inScope) => {
    for (const year of YEARS) {
      const { data, errors } = await api.graphql<{
        scopeSummary: Record<string, unknown> & { levels: { labelTh: string; count: number }[] };
      }>(
        `{ scopeSummary(scope: ${scope}, fiscalYear: ${year}) {
             fiscalYear count mean median p25 p75 min max stddev shareAtLeast85 deltaMean strategyTarget meetsStrategyTarget
             levels { code labelTh count } } }`,
      );
      expect(errors).toBeUndefined();
      const { levels, strategyTarget, meetsStrategyTarget, ...stats } = data?.scopeSummary ?? { levels: [] };
      const expected = expectedScopeSummary(raw.filter(inScope), year);
      expectClose(stats, expected);
      expect({ strategyTarget, meetsStrategyTarget }).toEqual({ strategyTarget: 0.8, meetsStrategyTarget: expected.shareAtLeast85 >= 0.8 });
      const counted = new Map<string, number>();
      raw.filter((r) => inScope(r) && r.year === year).forEach((r) => counted.set(r.level ?? '', (counted.get(r.level ?? '') ?? 0) + 1));
      expect(Object.fromEntries(levels.filter((l) => l.count > 0).map((l) => [l.labelTh ?? '', l.count]))).toEqual(
        Object.fromEntries(counted),
      );
    }
  });

  it('scopeSummary refuses an organisation scope, and trend an unknown region', async () => {
    const { errors } = await api.graphql(`{ scopeSummary(scope: { organisationCode: "5451607" }, fiscalYear: 2566) { count } }`);
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const region = await api.graphql(`{ trend(scope: { region: "Nowhere" }, metric: TOTAL) { value } }`);
    expect(region.errors?.[0]?.message).toBe('region must be one of North, Northeast, Central, East, West, South, got "Nowhere"');
  });

  // The first year (no year before it), the year after the last import (its deltas changed then) and a later one.
  it.each([2562, 2563, 2567])(
    'Organisation.analytics in %s: deltas, ranks in four scopes, change decomposition, weakest indicators and trend',
    async (year) => {
      const codes = raw
        .filter((r) => r.province === '45' && r.year === year)
        .slice(0, 5)
        .map((r) => r.code);
      const { data, errors } = await api.graphql<{
        compareOrganisations: { code: string; analytics: Record<string, unknown> & { indicators: Record<string, number | null>[] } }[];
      }>(
        `{ compareOrganisations(codes: ${JSON.stringify(codes)}) { code analytics(fiscalYear: ${year}) {
           total deltaTotal national { rank percentile } province { rank percentile } type { rank percentile } provinceType { rank percentile }
           weakestIndicators indicators { indicator delta contribution } explainedDelta trendYears trendSlope } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data?.compareOrganisations.map((o) => o.code)).toEqual(codes);
      const weights = new Map(getFramework(year).tools.flatMap((t) => t.indicators.map((n) => [n, t.weight / t.indicators.length])));
      for (const { code, analytics } of data?.compareOrganisations ?? []) {
        const me = raw.find((r) => r.code === code && r.year === year) as RawResult;
        const before = raw.find((r) => r.code === code && r.year === year - 1);
        const inYear = raw.filter((r) => r.year === year);
        const deltas = me.indicators.map((score, i) =>
          before && score !== null && before.indicators[i] !== null
            ? Math.round((score - (before.indicators[i] as number)) * 100) / 100
            : null,
        );
        const lowest = Math.min(...me.indicators.filter((v): v is number => v !== null));
        const { slope, years } = expectedTrendSlope(raw, code, year);
        expectClose(analytics, {
          total: me.total,
          deltaTotal: before ? me.total - before.total : null,
          national: expectedRankOf(inYear, code, year),
          province: expectedRankOf(
            inYear.filter((r) => r.province === me.province),
            code,
            year,
          ),
          type: expectedRankOf(
            inYear.filter((r) => r.type === me.type),
            code,
            year,
          ),
          provinceType: expectedRankOf(
            inYear.filter((r) => r.type === me.type && r.province === me.province),
            code,
            year,
          ),
          weakestIndicators: me.indicators.flatMap((v, i) => (v === lowest ? [i + 1] : [])),
          indicators: deltas.map((delta, i) => ({
            indicator: i + 1,
            delta: before ? delta : null,
            contribution: before && delta !== null ? Math.round(delta * (weights.get(i + 1) as number) * 1000) / 1000 : null,
          })),
          explainedDelta: before
            ? Math.round(
                deltas.reduce<number>((sum, d, i) => sum + Math.round((d ?? 0) * (weights.get(i + 1) as number) * 1000) / 1000, 0) * 1000,
              ) / 1000
            : null,
          trendYears: years,
          trendSlope: slope,
        });
      }
    },
  );

  it('compareOrganisations takes one to five known codes and loads every nested field in one statement each', async () => {
    const codes = raw
      .filter((r) => r.year === 2566)
      .slice(0, 5)
      .map((r) => r.code);
    const dataSource = api.app.get(DataSource);
    const spy = jest.spyOn(dataSource, 'query');
    const { errors } = await api.graphql(
      `{ compareOrganisations(codes: ${JSON.stringify(codes)}) { code results { fiscalYear total delta } analytics(fiscalYear: 2566) { deltaTotal } before: analytics(fiscalYear: 2565) { deltaTotal } } }`,
    );
    const statements = spy.mock.calls.length;
    spy.mockRestore();
    expect(errors).toBeUndefined();
    // organisations + one results batch + one analytics batch for both years
    expect(statements).toBe(3);
    const six = await api.graphql(`{ compareOrganisations(codes: ["1","2","3","4","5","6"]) { code } }`);
    expect(six.errors?.[0]).toMatchObject({
      message: 'compareOrganisations takes 1 to 5 distinct codes, got 6',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await api.graphql(`{ compareOrganisations(codes: ["${codes[0]}", "9999999"]) { code } }`);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Unknown organisation code(s): 9999999', extensions: { code: 'NOT_FOUND' } });
  });
});
