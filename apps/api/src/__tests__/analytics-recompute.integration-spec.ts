import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalyticsCache, AnalyticsRecomputeService } from '@ita/server/analytics';
import { DATABASE_CONNECTION, type DatabaseConnection } from '@ita/server/database';
import { analyticsJobId, ImportSubmissionService } from '@ita/server/ingest';
import { JobQueue } from '@ita/server/queue';
import { generateDataset } from '@ita/server/synthetic-data';
import { DataSource } from 'typeorm';
import { expectClose } from './analytics/expect-close';
import { expectedRankings, expectedTrend, RawResult } from './analytics/reference-analytics';
import { ApiTestContext, startApiForTest } from './api-test-client';

const YEARS = [2565, 2566, 2567];
const TABLES = ['org_year_analytics', 'scope_year_analytics', 'scope_indicator_analytics'];

describe('the analytics job', () => {
  let api: ApiTestContext;
  let dataSource: DataSource;
  let dir: string;

  const importFile = async (name: string, content: Buffer) => {
    const { importId } = await api.app
      .get(ImportSubmissionService)
      .submit({ fileName: name, content }, { dryRun: false, acceptValid: false, year: null });
    const queue = api.app.get(JobQueue);
    await queue.waitUntilFinished(importId, 120_000);
    if (await queue.getJob(analyticsJobId(importId))) await queue.waitUntilFinished(analyticsJobId(importId), 120_000);
  };
  const raw = (): Promise<RawResult[]> =>
    dataSource.query(
      `SELECT r.organisation_code AS code, r.fiscal_year AS year, o.province_code AS province, o.org_type AS type,
              r.total::float8 AS total, r.iit::float8 AS iit, r.eit::float8 AS eit, r.oit::float8 AS oit, r.indicator_scores::float8[] AS indicators
       FROM results r JOIN organisations o ON o.code = r.organisation_code`,
    );
  const snapshot = async () =>
    Promise.all(
      TABLES.map(
        async (t) =>
          (await dataSource.query(`SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h, count(*)::int AS n FROM ${t} x`))[0],
      ),
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ita-recompute-'));
    const [started] = await Promise.all([
      startApiForTest({ importMaxBytes: 50 * 1024 * 1024 }),
      generateDataset({ outDir: dir, years: YEARS, seed: 3 }),
    ]);
    api = started;
    dataSource = api.app.get(DataSource);
    for (const year of YEARS) await importFile(`ita-${year}.csv`, readFileSync(join(dir, `ita-${year}.csv`)));
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs after each import and fills the derived tables for every result', async () => {
    const [{ results }] = await dataSource.query(`SELECT count(*)::int AS results FROM results`);
    const [{ rows }] = await dataSource.query(`SELECT count(*)::int AS rows FROM org_year_analytics`);
    expect(rows).toBe(results);
    const national = await dataSource.query(
      `SELECT fiscal_year AS "fiscalYear", mean AS value, count, median, p25, p75, share_at_least_85 AS "shareAtLeast85", delta_mean AS delta
       FROM scope_year_analytics WHERE scope_kind = 'NATIONAL' AND metric = 'TOTAL' ORDER BY fiscal_year`,
    );
    const expected = expectedTrend(await raw(), 'TOTAL', false);
    expectClose(national, expected);
  });

  it('ranks, deltas, weakest indicators and change contributions agree with the results', async () => {
    const all = await raw();
    const roiEt = expectedRankings(
      all.filter((r) => r.province === '45'),
      all,
      2566,
      'TOTAL',
    );
    const stored = await dataSource.query(
      `SELECT organisation_code AS code, rank_province AS rank, percentile_province AS percentile, delta_total::float8 AS delta,
              weakest_indicators AS weakest, contributions::float8[] AS contributions
       FROM org_year_analytics WHERE fiscal_year = 2566 AND province_code = '45' ORDER BY rank_province, organisation_code`,
    );
    expect(stored.map((s: { code: string; rank: number }) => [s.code, s.rank])).toEqual(roiEt.map((e) => [e.code, e.rank]));
    for (const s of stored as { code: string; delta: number | null; weakest: number[]; contributions: number[] | null }[]) {
      const now = all.find((r) => r.code === s.code && r.year === 2566) as RawResult;
      const before = all.find((r) => r.code === s.code && r.year === 2565);
      expect(s.delta === null ? null : Math.round(s.delta * 100)).toBe(before ? Math.round((now.total - before.total) * 100) : null);
      const lowest = Math.min(...(now.indicators as number[]));
      expect(s.weakest).toEqual(now.indicators.flatMap((v, i) => (v === lowest ? [i + 1] : [])));
      // The weighted indicator changes add up to the change of the total (up to the rounding of published tools).
      const unexplained = s.contributions && s.delta !== null ? Math.abs(s.contributions.reduce((a, b) => a + (b ?? 0), 0) - s.delta) : 0;
      expect(unexplained).toBeLessThan(0.03);
    }
  });

  it('writes the same rows when run again on unchanged data, also when two runs overlap', async () => {
    const before = await snapshot();
    const service = api.app.get(AnalyticsRecomputeService);
    await Promise.all([service.recompute(YEARS), service.recompute([2566, 2567])]);
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  // On the real PostgreSQL a run of several years computes the earlier years' organisation rows on a second connection.
  if (process.env.DATABASE_URL) {
    const onOneConnection = () =>
      new AnalyticsRecomputeService(
        dataSource,
        { ...api.app.get<DatabaseConnection>(DATABASE_CONNECTION), poolSize: 1 },
        api.app.get(AnalyticsCache),
      );

    it('writes the same rows on one connection as on two', async () => {
      const splitRun = await snapshot();
      await dataSource.query(`TRUNCATE ${TABLES.join(', ')}`);
      await onOneConnection().recompute(YEARS);
      expect(await snapshot()).toEqual(splitRun);
      await dataSource.query(`TRUNCATE ${TABLES.join(', ')}`);
      await api.app.get(AnalyticsRecomputeService).recompute(YEARS);
      expect(await snapshot()).toEqual(splitRun);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM analytics_org_year_stage`)).toEqual([{ n: 0 }]);
    }, 120_000);

    it('changes nothing when the second connection fails, and the next run completes', async () => {
      const complete = await snapshot();
      // Rows the run's own transaction (FY2567 here) would put back, if it committed without the staged years.
      await dataSource.query(`DELETE FROM org_year_analytics WHERE fiscal_year = 2567`);
      const gapped = await snapshot();
      await dataSource.query(`ALTER TABLE analytics_org_year_stage RENAME TO analytics_org_year_stage_away`);
      try {
        await expect(api.app.get(AnalyticsRecomputeService).recompute(YEARS)).rejects.toThrow('analytics_org_year_stage');
      } finally {
        await dataSource.query(`ALTER TABLE analytics_org_year_stage_away RENAME TO analytics_org_year_stage`);
      }
      expect(await snapshot()).toEqual(gapped);
      await api.app.get(AnalyticsRecomputeService).recompute(YEARS);
      expect(await snapshot()).toEqual(complete);
    }, 120_000);
  }

  it('after an import changes one FY2566 result: its deltas, ranks, its province and the cached answers change, nothing else', async () => {
    const target = (
      await dataSource.query(`SELECT r.organisation_code AS code FROM results r JOIN org_year_analytics a USING (organisation_code, fiscal_year)
       WHERE r.fiscal_year = 2566 AND a.province_code = '45' AND a.delta_total IS NOT NULL AND r.total > 70
         AND EXISTS (SELECT 1 FROM results n WHERE n.organisation_code = r.organisation_code AND n.fiscal_year = 2567) ORDER BY r.organisation_code LIMIT 1`)
    )[0].code as string;
    const query = `{ trend(scope: { provinceCode: "45" }, metric: TOTAL) { fiscalYear value } rankings(scope: { provinceCode: "45" }, fiscalYear: 2566, limit: 500) { nodes { rank organisation { code } } } }`;
    const cachedBefore = await api.graphql<{ trend: { fiscalYear: number; value: number }[] }>(query);
    const otherBefore = await dataSource.query(
      `SELECT * FROM scope_year_analytics WHERE scope_key <> '45' AND scope_key NOT LIKE '45:%' AND scope_kind IN ('PROVINCE', 'PROVINCE_TYPE') ORDER BY 1, 2, 3`,
    );
    const orgBefore = await dataSource.query(
      `SELECT fiscal_year, delta_total::float8 AS delta, rank_province FROM org_year_analytics WHERE organisation_code = $1 ORDER BY 1`,
      [target],
    );

    await importFile('correction-2566.csv', Buffer.from(`ปีงบประมาณ,รหัส อปท.,คะแนนรวม\n2566,${target},50.00\n`));

    const orgAfter = await dataSource.query(
      `SELECT fiscal_year, delta_total::float8 AS delta, rank_province FROM org_year_analytics WHERE organisation_code = $1 ORDER BY 1`,
      [target],
    );
    const [y65, y66, y67] = [2565, 2566, 2567].map((y) => [
      orgBefore.find((r: { fiscal_year: number }) => r.fiscal_year === y),
      orgAfter.find((r: { fiscal_year: number }) => r.fiscal_year === y),
    ]);
    expect(y65[1]).toEqual(y65[0]);
    expect(y66[1].delta).not.toBe(y66[0].delta);
    expect(y66[1].rank_province).toBeGreaterThan(y66[0].rank_province);
    expect(y67[1].delta).not.toBe(y67[0].delta);
    expect(
      await dataSource.query(
        `SELECT * FROM scope_year_analytics WHERE scope_key <> '45' AND scope_key NOT LIKE '45:%' AND scope_kind IN ('PROVINCE', 'PROVINCE_TYPE') ORDER BY 1, 2, 3`,
      ),
    ).toEqual(otherBefore);

    const cachedAfter = await api.graphql<{
      trend: { fiscalYear: number; value: number }[];
      rankings: { nodes: { rank: number; organisation: { code: string } }[] };
    }>(query);
    const mean = (d: typeof cachedBefore.data, y: number) => d?.trend.find((p) => p.fiscalYear === y)?.value as number;
    expect(mean(cachedAfter.data, 2566)).toBeLessThan(mean(cachedBefore.data, 2566));
    expect(mean(cachedAfter.data, 2565)).toBe(mean(cachedBefore.data, 2565));
    const last = cachedAfter.data?.rankings.nodes.find((n) => n.organisation.code === target);
    expect(last?.rank).toBe(y66[1].rank_province);
  }, 120_000);
});
