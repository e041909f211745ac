import { DynamicModule, INestApplicationContext, Injectable, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppConfig, ConfigModule, loadAppConfig } from '@ita/server/config';
import { DatabaseModule } from '@ita/server/database';
import {
  canCopy,
  ImportSubmissionService,
  IngestModule,
  readResultFile,
  RegistryIndex,
  validateFile,
  writeValidatedRows,
} from '@ita/server/ingest';
import type { ImportReport } from '@ita/server/ingest';
import { ALL_JOB_NAMES, JobHandlerFor, JobName, JobQueue, QueueModule } from '@ita/server/queue';
import type { JobHandler, JobOf } from '@ita/server/queue';
import { DatabaseStartupService } from '@ita/server/registry';
import { DataSource } from 'typeorm';
import { AnalyticsRecomputeService } from '@ita/server/analytics';
import { CliImportModule } from '../import/cli-import.module';
import { naiveOrmImport } from './naive-orm-import';

/**
 * Takes the analytics recompute that every import asks for, without running it: an import case measures the
 * import (the recompute is a case of its own), and a recompute started by one file would otherwise share the
 * CPU with the next file's import inside the measured time.
 */
@Injectable()
@JobHandlerFor(JobName.RecomputeAnalytics)
class DeferredRecomputeJob implements JobHandler<JobOf<typeof JobName.RecomputeAnalytics>, { deferred: true }> {
  requested = 0;

  async handle(): Promise<{ deferred: true }> {
    this.requested++;
    return { deferred: true };
  }
}

/** CliImportModule with the recompute deferred (see DeferredRecomputeJob). */
@Module({})
class ImportCaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ImportCaseModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule.forRoot({ runWorkers: true, requiredJobNames: ALL_JOB_NAMES }),
        IngestModule,
      ],
      providers: [DatabaseStartupService, DeferredRecomputeJob],
    };
  }
}

/**
 * The write phase alone, for comparison with a bare COPY: the file read and checked (not timed), then the returned
 * function writes its rows in one transaction as an import does (COPY on the real PostgreSQL) and commits.
 */
async function prepareWrite(dataSource: DataSource, file: string): Promise<() => Promise<number>> {
  const read = await readResultFile({ fileName: basename(file), content: readFileSync(file) }, { maxBytes: 1 << 30 });
  const checked = validateFile(read, await RegistryIndex.load(dataSource), null);
  const [{ id }] = await dataSource.query(
    // Recorded as finished: an import left RUNNING would be resumed by the next case's worker, next to its TRUNCATE.
    `INSERT INTO imports (file_name, file_sha256, file_size, status) VALUES ($1, repeat('0', 64), 0, 'IMPORTED') RETURNING id`,
    [basename(file)],
  );
  const copy = await canCopy(dataSource);
  return async () => {
    const outcome = await dataSource.transaction((manager) => writeValidatedRows(manager, id, checked.results, [], undefined, { copy }));
    return outcome.written;
  };
}

const IMPORT_TABLES =
  'result_history, item_scores, results, import_files, analytics_runs, imports, org_year_analytics, scope_year_analytics, scope_indicator_analytics';

/** Submits the files one after the other as `npm run import` does and waits for each; gives the rows imported. */
async function importFiles(app: INestApplicationContext, files: string[], add: (phase: string, ms: number) => void): Promise<number> {
  let rows = 0;
  for (const file of files) {
    const submitStarted = performance.now();
    const { importId } = await app
      .get(ImportSubmissionService)
      .submit({ fileName: basename(file), content: readFileSync(file) }, { dryRun: false, acceptValid: false, year: null });
    add('submit', performance.now() - submitStarted);
    const state = await app.get(JobQueue).waitUntilFinished(importId, 30 * 60_000);
    const report = state.result as ImportReport;
    if (report?.status !== 'IMPORTED') throw new Error(`${file}: ${state.failedReason ?? report?.status}`);
    rows += report.rowsImported;
    const timings = (state.progress as { timingsMs?: Record<string, number> } | undefined)?.timingsMs ?? {};
    for (const [phase, ms] of Object.entries(timings)) add(phase, ms);
  }
  return rows;
}

/**
 * One benchmark case in its own process, so that its peak RSS is its own: `import <files…>` (the real path,
 * file → committed rows, in a process that has done nothing before), `import-warm <warm-up file> <files…>` (the
 * same after one earlier import, as in a running worker), `naive <file>` (the same rows saved one by one through the ORM), `write <file>` (the
 * write phase alone), `recompute [--warm] <years…>` (the analytics of those fiscal years over what is stored) or
 * `recompute-fresh [--warm] <years…>` (the same from empty analytics tables, as after a first import); `--warm`: after
 * one untimed recompute, as in a worker that has run one before. Prints one JSON line; an import
 * case adds where its time went (`phasesMs`: submitting, the processor's own phases, and the queue hand-off as
 * the remainder).
 */
async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const warm = args.includes('--warm');
  const files = args.filter((arg) => arg !== '--warm');
  Logger.overrideLogger(['error']);
  const config = loadAppConfig();
  const recompute = mode === 'recompute' || mode === 'recompute-fresh';
  const importing = mode === 'import' || mode === 'import-warm';
  const root = recompute ? CliImportModule.forRoot(config) : ImportCaseModule.forRoot(config);
  const app = await NestFactory.createApplicationContext(root, { logger: ['error'] });
  await app.init();
  const dataSource = app.get(DataSource);
  if (!recompute) await dataSource.query(`TRUNCATE ${IMPORT_TABLES}`);
  // A worker that has recomputed before: its database connection has its caches filled.
  if (recompute && warm) await app.get(AnalyticsRecomputeService).recompute(files.map(Number));
  if (mode === 'recompute-fresh')
    await dataSource.query('TRUNCATE analytics_runs, org_year_analytics, scope_year_analytics, scope_indicator_analytics');
  if (mode === 'import-warm') {
    // A worker that has imported before: its code is compiled and its registry index loaded.
    await importFiles(app, [files.shift() as string], () => undefined);
    await dataSource.query(`TRUNCATE ${IMPORT_TABLES}`);
  }
  const write = mode === 'write' ? await prepareWrite(dataSource, files[0]) : null;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  let rows = 0;
  const phasesMs: Record<string, number> = {};
  const add = (phase: string, ms: number) => (phasesMs[phase] = (phasesMs[phase] ?? 0) + ms);
  if (write) {
    rows = await write();
  } else if (mode === 'naive') {
    rows = await naiveOrmImport(dataSource, files[0]);
  } else if (recompute) {
    rows = (await app.get(AnalyticsRecomputeService).recompute(files.map(Number))).rows;
  } else {
    rows = await importFiles(app, files, add);
  }
  const elapsedMs = performance.now() - started;
  if (importing) {
    const accounted = Object.values(phasesMs).reduce((a, b) => a + b, 0);
    // Between submit returning and the job starting, and between the job ending and the waiter hearing of it.
    add('handoff', elapsedMs - accounted);
    for (const phase of Object.keys(phasesMs)) phasesMs[phase] = Math.round(phasesMs[phase]);
  }
  const seconds = elapsedMs / 1000;
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM results');
  const analyticsRequested = importing ? app.get(DeferredRecomputeJob).requested : undefined;
  await app.close();
  process.stdout.write(
    `${JSON.stringify({
      mode,
      rows,
      committed: n,
      seconds,
      rowsPerSecond: rows / seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      baseRssMb: rssBefore / 1048576,
      ...(importing ? { phasesMs, analyticsRequested } : {}),
    })}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
