import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadAppConfig } from '@ita/server/config';
import { readDataDirOwner } from '@ita/server/database';
import { combineReports } from '@ita/server/ingest';
import type { ImportReport } from '@ita/server/ingest';
import { CliImportModule } from './import/cli-import.module';
import { importInProcess } from './import/import-in-process';
import { importViaRunningInstance } from './import/import-via-running-instance';
import { IMPORT_USAGE, parseImportArgs, UsageError } from './import/parse-import-args';
import { printSummary } from './import/print-summary';

/**
 * `npm run import -- <file>... [--year <BE>] [--dry-run] [--accept-valid] [--json]` (CONTRACT.md). Exit 0 when
 * every file was imported (or would be, with --dry-run), 1 when one was rejected, 2 on usage errors.
 */
async function main(): Promise<number> {
  let args;
  try {
    args = parseImportArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${IMPORT_USAGE}`);
    return 2;
  }
  const config = loadAppConfig();
  const options = { dryRun: args.dryRun, acceptValid: args.acceptValid, year: args.year };
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  const owner = config.databaseUrl ? undefined : readDataDirOwner(config.dataDir);
  const reports: ImportReport[] = [];
  if (owner?.httpUrl) {
    progress(`The embedded database is in use by the running instance at ${owner.httpUrl}: handing the files to it.`);
    for (const file of args.files) reports.push(await importViaRunningInstance(owner, file, options, progress));
  } else {
    Logger.overrideLogger(['error', 'warn']);
    const app = await NestFactory.createApplicationContext(CliImportModule.forRoot(config), { logger: ['error', 'warn'] });
    await app.init();
    try {
      for (const file of args.files) reports.push(await importInProcess(app, file, options, progress));
    } finally {
      await app.close();
    }
  }
  if (args.json) process.stdout.write(`${JSON.stringify(combineReports(reports), null, 2)}\n`);
  else args.files.forEach((file, i) => printSummary(file, reports[i], (line) => console.log(line)));
  return reports.some((r) => r.status === 'REJECTED') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
