import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, runAdminQuery, runMigrations } from '@ita/server/database';
import { seedReferenceData } from '@ita/server/registry';
import { generateDataset } from '@ita/server/synthetic-data';
import { runQueryBenchmarks } from './run-query-benchmarks';

export const WORKER_NODE_OPTIONS = '--max-old-space-size=192';

interface CaseResult {
  mode: string;
  rows: number;
  committed: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

/**
 * Import benchmarks on a fresh database of the given server: one national year and all seven years end to end
 * (file → committed rows), the per-row ORM baseline, and psql \copy of the same file into a bare table (the
 * physical limit). Each import case runs in its own process so that its peak RSS is its own.
 */
export async function runImportBenchmarks(serverUrl: string, redisUrl: string | undefined): Promise<void> {
  const database = `ita_bench_${Date.now().toString(36)}`;
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const benchUrl = url.toString();
  await runAdminQuery(serverUrl, `CREATE DATABASE ${database}`);
  const dir = mkdtempSync(join(tmpdir(), 'ita-bench-'));
  try {
    const dataSource = createDataSource({ url: benchUrl, poolSize: 2 });
    await dataSource.initialize();
    await runMigrations(dataSource, { poolSize: 2 });
    await seedReferenceData(dataSource);
    await dataSource.destroy();

    const dataset = await generateDataset({ outDir: dir, seed: 1 });
    const year = dataset.files.find((f) => f.fiscalYears.includes(2566)) ?? dataset.files[0];
    // The heap limit the worker runs with in production (README, apps/worker project.json): without it V8 grows
    // the heap lazily and RSS reflects garbage not yet collected rather than what the import needs.
    const env = { ...process.env, DATABASE_URL: benchUrl, NODE_OPTIONS: WORKER_NODE_OPTIONS };
    const run = (args: string[]): CaseResult => {
      const out = execFileSync(process.execPath, [join(__dirname, 'bench-import-case.js'), ...args], {
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      return JSON.parse(out.trim().split('\n').pop() as string);
    };

    console.log(
      `Import benchmarks — PostgreSQL ${database}, queue ${redisUrl ? 'BullMQ (Redis)' : 'in-process'}, synthetic dataset seed 1`,
    );
    const oneYear = run(['import', year.path]);
    const allYears = run(['import', ...dataset.files.map((f) => f.path)]);
    const naive = run(['naive', year.path]);
    const copySeconds = psqlCopy(benchUrl, year.path);

    const row = (name: string, r: CaseResult, target: string) =>
      console.log(
        `  ${name.padEnd(34)} ${String(r.rows).padStart(6)} rows  ${r.seconds.toFixed(2).padStart(6)} s  ${Math.round(r.rowsPerSecond)
          .toString()
          .padStart(7)} rows/s  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB   ${target}`,
      );
    row(`one national year (FY${year.fiscalYears.join(',')})`, oneYear, 'target ≤ 3 s, ≤ 300 MB');
    row('all seven years', allYears, 'target ≤ 15 s, ≤ 300 MB');
    row('naive per-row ORM save (same year)', naive, 'baseline');
    console.log(
      `  ${'psql \\copy of the same file'.padEnd(34)} ${String(year.rows).padStart(6)} rows  ${copySeconds.toFixed(2).padStart(6)} s  (bare table, no checks: the physical limit)`,
    );
    console.log(`  speed-up over the per-row ORM save: ${(naive.seconds / oneYear.seconds).toFixed(1)}× (target ≥ 20×)`);
    console.log(`  import time ÷ psql \\copy time:      ${(oneYear.seconds / copySeconds).toFixed(1)}× (target ≤ 2×)`);

    // The analytics benchmarks need the seven years in place (the naive case left one).
    run(['import', ...dataset.files.map((f) => f.path)]);
    const recompute = run(['recompute', ...dataset.files.flatMap((f) => f.fiscalYears.map(String))]);
    console.log(`Analytics recompute of all seven years: ${recompute.seconds.toFixed(2)} s, ${recompute.rows} rows (target ≤ 2 s)`);
    await runQueryBenchmarks(benchUrl, redisUrl);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await runAdminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

/** psql \copy of the published CSV into a bare table of text columns, timed as a whole command. */
function psqlCopy(url: string, file: string): number {
  const header = execFileSync('head', ['-1', file], { encoding: 'utf8' })
    .replace(/^\uFEFF/, '')
    .trim()
    .split(',');
  const columns = header.map((_, i) => `c${i} text`).join(', ');
  execFileSync('psql', [url, '-qc', `CREATE TABLE bench_bare (${columns})`]);
  const started = process.hrtime.bigint();
  const result = spawnSync('psql', [url, '-qc', `\\copy bench_bare FROM '${file}' WITH (FORMAT csv, HEADER true)`], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`psql \\copy failed: ${result.stderr}`);
  return seconds;
}
