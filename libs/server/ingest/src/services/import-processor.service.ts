import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG } from '@ita/server/config';
import type { AppConfig } from '@ita/server/config';
import { JobName, JobQueue, PermanentJobError } from '@ita/server/queue';
import type { JobContext } from '@ita/server/queue';
import { DataSource } from 'typeorm';
import type { ImportOptions } from '../import-options';
import { readResultFile } from '../reading/read-result-file';
import type { ImportReport } from '../report/import-report';
import { RegistryIndex } from '../validation/registry-index';
import { validateFile } from '../validation/validate-file';
import { canCopy } from '../writing/can-copy';
import { writeValidatedRows } from '../writing/write-validated-rows';
import { analyticsJobId } from './analytics-job-id';
import { PhaseClock } from './phase-clock';
import { SubmittedFiles } from './submitted-files';

class DryRunRollback extends Error {}

const FINAL_STATUSES = ['IMPORTED', 'REJECTED', 'DRY_RUN_OK'];

/**
 * Runs one import: read → check → write (all-or-nothing per file, or the valid rows with acceptValid) →
 * record the report, in one transaction with the data it describes, then ask for the analytics of the
 * fiscal years it changed. Re-running a finished import returns its report (a retried job after a crash).
 */
@Injectable()
export class ImportProcessorService {
  private readonly logger = new Logger('ImportProcessor');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly submitted: SubmittedFiles,
  ) {}

  async process(importId: string, context: JobContext): Promise<ImportReport> {
    const clock = new PhaseClock();
    const held = this.submitted.take(importId);
    const [row] = await this.dataSource.query(
      `SELECT i.id, i.file_name AS "fileName", i.status, i.options, i.report, ${held ? 'NULL::bytea' : 'f.content'} AS content
       FROM imports i LEFT JOIN import_files f ON f.import_id = i.id WHERE i.id = $1`,
      [importId],
    );
    if (!row) throw new PermanentJobError(`Import ${importId} does not exist`);
    if (FINAL_STATUSES.includes(row.status)) {
      if (row.status === 'IMPORTED') await this.requestAnalytics(importId, (row.report as ImportReport).fiscalYears ?? []);
      return row.report as ImportReport;
    }
    const content: Buffer | null = held ?? row.content;
    if (!content) throw new PermanentJobError(`Import ${importId} has no stored file`);
    await this.dataSource.query(`UPDATE imports SET status = 'RUNNING', started_at = COALESCE(started_at, now()) WHERE id = $1`, [
      importId,
    ]);
    clock.lap('load');
    try {
      const report = await this.run(importId, row.fileName, content, row.options as ImportOptions, context, clock);
      if (report.status === 'IMPORTED') await this.requestAnalytics(importId, report.fiscalYears ?? []);
      return report;
    } catch (error) {
      if (context.attempt >= context.maxAttempts || error instanceof PermanentJobError) {
        await this.dataSource
          .query(`UPDATE imports SET status = 'FAILED', finished_at = now(), report = $2 WHERE id = $1`, [
            importId,
            JSON.stringify({ error: error instanceof Error ? error.message : String(error) }),
          ])
          .catch(() => undefined);
      }
      throw error;
    }
  }

  private async run(
    importId: string,
    fileName: string,
    content: Buffer,
    options: ImportOptions,
    context: JobContext,
    clock: PhaseClock,
  ): Promise<ImportReport> {
    const progress = (phase: string, counts: Record<string, number>, percent: number) =>
      context.reportProgress({ phase, percent, ...counts });
    // The registry's stamp query (and a rebuild of the index when the registry changed) runs while the file is read.
    const registryLookup = RegistryIndex.current(this.dataSource);
    registryLookup.catch(() => undefined); // awaited below: this only keeps a failure during the read from going unhandled
    await progress('reading', {}, 5);
    const read = await readResultFile({ fileName, content }, { maxBytes: this.config.importMaxBytes });
    clock.lap('read');
    const rowsRead = read.sheets.reduce((n, s) => n + s.rows.length, 0);
    await progress('checking', { rowsRead }, 30);
    const registry = await registryLookup;
    clock.lap('registry');
    const checked = validateFile(read, registry, options.year);
    clock.lap('check');
    const rowsValid = checked.results.length + checked.items.length;
    await progress('writing', { rowsRead, rowsChecked: rowsRead, rowsValid }, 60);

    const fileLevelError = checked.errors.some((e) => e.row === null);
    const rejected = fileLevelError || (checked.errors.length > 0 && !options.acceptValid) || rowsValid === 0;
    const base: ImportReport = {
      status: 'REJECTED',
      rowsRead: checked.rowsRead,
      rowsImported: 0,
      rowsUnchanged: 0,
      rowsRejected: new Set(checked.rejected.map((r) => `${r.source.sheet}|${r.source.row}`)).size,
      errors: checked.errors,
      warnings: checked.warnings,
      importId,
      file: fileName,
      fiscalYears: [...new Set(checked.results.map((r) => r.fiscalYear).concat(checked.items.map((i) => i.fiscalYear)))].sort(),
      details: checked.details,
    };
    if (rejected) {
      if (rowsValid === 0 && checked.errors.length === 0) {
        base.errors = [
          {
            file: fileName,
            sheet: null,
            row: null,
            column: null,
            code: 'HEADER_NOT_FOUND',
            message: 'ไม่มีแถวข้อมูลในไฟล์ / The file has no data rows',
          },
        ];
      }
      await this.finish(this.dataSource.manager, importId, base, checked.rejected);
      return base;
    }

    let report: ImportReport = base;
    const copy = await canCopy(this.dataSource);
    try {
      await this.dataSource.transaction(async (manager) => {
        const outcome = await writeValidatedRows(
          manager,
          importId,
          checked.results,
          checked.items,
          (n) =>
            progress(
              'writing',
              { rowsRead, rowsChecked: rowsRead, rowsWritten: n },
              60 + Math.round((35 * n) / Math.max(1, checked.results.length)),
            ),
          { copy },
        );
        clock.lap('write');
        report = {
          ...base,
          status: options.dryRun ? 'DRY_RUN_OK' : 'IMPORTED',
          rowsImported: outcome.written + outcome.items,
          rowsUnchanged: outcome.unchanged,
          rowsSuperseded: outcome.superseded,
          itemScores: outcome.items,
          fiscalYears: outcome.fiscalYears,
        };
        if (options.dryRun) throw new DryRunRollback();
        await this.finish(manager, importId, report, checked.rejected);
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
      await this.finish(this.dataSource.manager, importId, report, checked.rejected);
    }
    clock.lap('record');
    // The phase timings travel with the last progress (not the report, which describes the data).
    await context.reportProgress({ phase: 'done', percent: 100, rowsRead, rowsWritten: report.rowsImported, timingsMs: clock.timings });
    this.logger.log(
      `Import ${importId} (${fileName}): ${report.status}, ${report.rowsImported} written, ${report.rowsUnchanged} unchanged, ${report.rowsRejected} rejected; ` +
        Object.entries(clock.timings)
          .map(([phase, ms]) => `${phase} ${ms} ms`)
          .join(', '),
    );
    return report;
  }

  private async finish(manager: DataSource['manager'], importId: string, report: ImportReport, rejectedRows: unknown[]): Promise<void> {
    await manager.query(
      `UPDATE imports SET status = $2, finished_at = now(), fiscal_years = $3::smallint[], rows_read = $4, rows_imported = $5,
         rows_unchanged = $6, rows_rejected = $7, report = $8, rejected_rows = $9 WHERE id = $1`,
      [
        importId,
        report.status,
        report.fiscalYears ?? [],
        report.rowsRead,
        report.rowsImported,
        report.rowsUnchanged,
        report.rowsRejected,
        JSON.stringify(report),
        JSON.stringify(rejectedRows),
      ],
    );
  }

  /** The years an import changed, and the next ones, whose deltas depend on them. */
  private async requestAnalytics(importId: string, fiscalYears: number[]): Promise<void> {
    if (!fiscalYears.length) return;
    const years = [...new Set(fiscalYears.flatMap((y) => [y, y + 1]))].sort();
    await this.queue.enqueue(JobName.RecomputeAnalytics, { fiscalYears: years, importId }, { jobId: analyticsJobId(importId) });
  }
}
