import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, runAdminQuery, runMigrations } from '@ita/server/database';
import { seedReferenceData } from '@ita/server/registry';
import { deleteQueueKeys } from '@ita/server/testing';
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
  /** Import cases: milliseconds per phase (submit, the processor's phases, the queue hand-off), adding up to `seconds`. */
  phasesMs?: Record<string, number>;
}

const RUNS = 3;

/** What `npm run bench -- <part> …` runs; all of them when none is named. */
export const BENCH_PARTS = ['import', 'analytics'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

/** The median of the runs by time (they are sorted in place), and the best. */
function medianAndBest(runs: CaseResult[]): { median: CaseResult; best: CaseResult } {
  runs.sort((a, b) => a.seconds - b.seconds);
  return { median: runs[Math.floor(runs.length / 2)], best: runs[0] };
}

/** "submit 40 ms (6%) · read 110 ms (16%) · …", in the order the phases ran. */
function breakdown(phasesMs: Record<string, number>): string {
  const total = Object.values(phasesMs).reduce((a, b) => a + b, 0);
  return Object.entries(phasesMs)
    .map(([phase, ms]) => `${phase} ${ms} ms (${Math.round((100 * ms) / total)}%)`)
    .join(' · ');
}

/**
 * Benchmarks on a fresh database of the given server. `import`: one national year (median and best of three) and all
 * seven years end to end (file → committed rows) with where the year's time goes, the per-row ORM baseline, the
 * write phase alone, and psql \copy of the same file into a bare table (the physical limit). `analytics`: the
 * recompute of all seven years, then the GraphQL queries under load. Each case runs in its own process so that its
 * peak RSS is its own.
 */
export async function runBenchmarks(serverUrl: string, redisUrl: string | undefined, parts: BenchPart[]): Promise<void> {
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
    // Its own queue keys too: a job left active by another run (or a test) would be taken up by a case's worker.
    const env = { ...process.env, DATABASE_URL: benchUrl, REDIS_PREFIX: database, NODE_OPTIONS: WORKER_NODE_OPTIONS };
    const run = (args: string[]): CaseResult => {
      const out = execFileSync(process.execPath, [join(__dirname, 'bench-import-case.js'), ...args], {
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      return JSON.parse(out.trim().split('\n').pop() as string);
    };

    if (parts.includes('import')) {
      console.log(
        `Import benchmarks — PostgreSQL ${database}, queue ${redisUrl ? 'BullMQ (Redis)' : 'in-process'}, synthetic dataset seed 1`,
      );
      // The worker is a long-running process: the headline case is a worker that has imported a file before (of
      // another year); a process that starts for this one file pays for compiling its code and loading the registry.
      const warmUp = dataset.files.find((f) => f !== year) ?? year;
      const oneYear = medianAndBest(Array.from({ length: RUNS }, () => run(['import-warm', warmUp.path, year.path])));
      const oneYearCold = medianAndBest(Array.from({ length: RUNS }, () => run(['import', year.path])));
      const allYears = run(['import', ...dataset.files.map((f) => f.path)]);
      const naive = run(['naive', year.path]);
      const writeAlone = medianAndBest(Array.from({ length: RUNS }, () => run(['write', year.path])));
      const copySeconds = Math.min(...Array.from({ length: RUNS }, () => psqlCopy(benchUrl, year.path)));

      const row = (name: string, r: CaseResult, target: string) =>
        console.log(
          `  ${name.padEnd(38)} ${String(r.rows).padStart(6)} rows  ${r.seconds.toFixed(2).padStart(6)} s  ${Math.round(r.rowsPerSecond)
            .toString()
            .padStart(7)} rows/s  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB   ${target}`,
        );
      row(
        `one national year (FY${year.fiscalYears.join(',')}), median`,
        oneYear.median,
        `best of ${RUNS}: ${oneYear.best.seconds.toFixed(2)} s; target ≤ 3 s, ≤ 300 MB`,
      );
      row('  the same in a just-started process', oneYearCold.median, `best of ${RUNS}: ${oneYearCold.best.seconds.toFixed(2)} s`);
      row('all seven years', allYears, 'target ≤ 15 s, ≤ 300 MB');
      row('naive per-row ORM save (same year)', naive, 'baseline');
      row('write phase alone (same rows), median', writeAlone.median, 'rows already read and checked');
      console.log(
        `  ${'psql \\copy of the same file, best'.padEnd(38)} ${String(year.rows).padStart(6)} rows  ${copySeconds.toFixed(2).padStart(6)} s  (bare table of text, no checks, indexes or keys: the physical limit)`,
      );
      const times = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
      console.log(
        `  speed-up over the per-row ORM save:  ${times(naive.seconds, oneYear.median.seconds)} median, ${times(naive.seconds, oneYear.best.seconds)} best (target ≥ 20×); ` +
          `just-started process ${times(naive.seconds, oneYearCold.median.seconds)} median`,
      );
      console.log(`  import ÷ psql \\copy:                ${times(oneYear.median.seconds, copySeconds)} (target ≤ 2×)`);
      console.log(`  write phase alone ÷ psql \\copy:     ${times(writeAlone.median.seconds, copySeconds)}`);
      console.log(`  where one year's import time goes (median run): ${breakdown(oneYear.median.phasesMs ?? {})}`);
      console.log(
        '    (submit: hash and store the file; handoff: queue to job start and back; load: the job reads the stored file;' +
          ' check: validation; write: compare, COPY or upsert; record: the report and the commit)',
      );
    }
    if (parts.includes('analytics')) {
      // The analytics benchmarks need the seven years in place (the naive and write cases left one).
      run(['import', ...dataset.files.map((f) => f.path)]);
      const years = dataset.files.flatMap((f) => f.fiscalYears.map(String));
      const recompute = (mode: string, warm: boolean) =>
        medianAndBest(Array.from({ length: RUNS }, () => run([mode, ...(warm ? ['--warm'] : []), ...years])));
      const cases = [
        ['from empty analytics tables, in a worker that has recomputed before', recompute('recompute-fresh', true)],
        ['again on unchanged data (writes no row), same', recompute('recompute', true)],
        ['from empty analytics tables, in a just-started process', recompute('recompute-fresh', false)],
      ] as const;
      console.log(`Analytics recompute of all seven years (${cases[0][1].median.rows} rows; target ≤ 2 s), median and best of ${RUNS}:`);
      for (const [label, { median, best }] of cases)
        console.log(`  ${label.padEnd(72)} ${median.seconds.toFixed(2)} s, ${best.seconds.toFixed(2)} s`);
      await runQueryBenchmarks(benchUrl, redisUrl, database);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // The queues' and the cache's keys under the run's own prefix (see env above), and its database.
    if (redisUrl) await deleteQueueKeys(redisUrl, database);
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
  execFileSync('psql', [url, '-qc', 'DROP TABLE bench_bare']);
  if (result.status !== 0) throw new Error(`psql \\copy failed: ${result.stderr}`);
  return seconds;
}
