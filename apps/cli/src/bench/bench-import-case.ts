import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadAppConfig } from '@ita/server/config';
import { ImportSubmissionService } from '@ita/server/ingest';
import type { ImportReport } from '@ita/server/ingest';
import { JobQueue } from '@ita/server/queue';
import { DataSource } from 'typeorm';
import { AnalyticsRecomputeService } from '@ita/server/analytics';
import { CliImportModule } from '../import/cli-import.module';
import { naiveOrmImport } from './naive-orm-import';

/**
 * One benchmark case in its own process, so that its peak RSS is its own: `import <files…>` (the real path,
 * file → committed rows), `naive <file>` (the same rows saved one by one through the ORM) or `recompute <years…>`
 * (the analytics of those fiscal years). Prints one JSON line.
 */
async function main(): Promise<void> {
  const [mode, ...files] = process.argv.slice(2);
  Logger.overrideLogger(['error']);
  const app = await NestFactory.createApplicationContext(CliImportModule.forRoot(loadAppConfig()), { logger: ['error'] });
  await app.init();
  const dataSource = app.get(DataSource);
  if (mode !== 'recompute')
    await dataSource.query(
      'TRUNCATE result_history, item_scores, results, import_files, analytics_runs, imports, org_year_analytics, scope_year_analytics, scope_indicator_analytics',
    );
  const rssBefore = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  let rows = 0;
  if (mode === 'naive') {
    rows = await naiveOrmImport(dataSource, files[0]);
  } else if (mode === 'recompute') {
    rows = (await app.get(AnalyticsRecomputeService).recompute(files.map(Number))).rows;
  } else {
    for (const file of files) {
      const { importId } = await app
        .get(ImportSubmissionService)
        .submit({ fileName: basename(file), content: readFileSync(file) }, { dryRun: false, acceptValid: false, year: null });
      const state = await app.get(JobQueue).waitUntilFinished(importId, 30 * 60_000);
      const report = state.result as ImportReport;
      if (report?.status !== 'IMPORTED') throw new Error(`${file}: ${state.failedReason ?? report?.status}`);
      rows += report.rowsImported;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM results');
  await app.close();
  process.stdout.write(
    `${JSON.stringify({ mode, rows, committed: n, seconds, rowsPerSecond: rows / seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb: rssBefore / 1048576 })}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
