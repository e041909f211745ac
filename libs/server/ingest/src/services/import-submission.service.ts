import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { AppError, AppErrorCode } from '@ita/server/common';
import { APP_CONFIG } from '@ita/server/config';
import type { AppConfig } from '@ita/server/config';
import { JobName, JobQueue } from '@ita/server/queue';
import { DataSource } from 'typeorm';
import type { ImportOptions } from '../import-options';
import { SubmittedFiles } from './submitted-files';

export interface SubmittedImport {
  importId: string;
  /** The queue job; the same as the import id. */
  jobId: string;
  /** True when the same file with the same options was already queued or running: that import is returned. */
  alreadyRunning: boolean;
}

/**
 * Records an uploaded file as an import and queues its job. The job id is the import id, and a second upload
 * of the same bytes with the same options while the first is still queued or running gets the first one back,
 * so the same upload is never processed twice at once.
 */
@Injectable()
export class ImportSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly submitted: SubmittedFiles,
  ) {}

  async submit(
    file: { fileName: string; content: Buffer },
    options: ImportOptions,
    requestedBy: string | null = null,
  ): Promise<SubmittedImport> {
    if (file.content.length > this.config.importMaxBytes) {
      throw new AppError(
        AppErrorCode.PAYLOAD_TOO_LARGE,
        `ไฟล์ ${file.fileName} ใหญ่เกิน ${this.config.importMaxBytes} ไบต์ / ${file.fileName} is larger than the limit of ${this.config.importMaxBytes} bytes`,
      );
    }
    if (options.year !== null && (!Number.isInteger(options.year) || options.year < 2561 || options.year > 2600)) {
      throw AppError.badInput(`year must be a Buddhist Era fiscal year from 2561, got ${options.year}`);
    }
    const fileName = basename(file.fileName);
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const optionsJson = JSON.stringify({ dryRun: options.dryRun, acceptValid: options.acceptValid, year: options.year });
    const { importId, created } = await this.dataSource.transaction(async (manager) => {
      // Two identical uploads at the same moment: the lock makes the second see the first.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [sha256]);
      const [running] = await manager.query(
        `SELECT id FROM imports WHERE file_sha256 = $1 AND options = $2::jsonb AND status IN ('QUEUED', 'RUNNING') ORDER BY created_at LIMIT 1`,
        [sha256, optionsJson],
      );
      if (running) return { importId: running.id as string, created: false };
      const [inserted] = await manager.query(
        `INSERT INTO imports (file_name, file_sha256, file_size, status, options, requested_by) VALUES ($1, $2, $3, 'QUEUED', $4, $5) RETURNING id`,
        [fileName, sha256, file.content.length, optionsJson, requestedBy],
      );
      await manager.query(`INSERT INTO import_files (import_id, content) VALUES ($1, $2)`, [inserted.id, file.content]);
      return { importId: inserted.id as string, created: true };
    });
    if (created) this.submitted.hold(importId, file.content);
    await this.queue.enqueue(JobName.ImportFile, { importId }, { jobId: importId, attempts: 3, backoffMs: 2000 });
    return { importId, jobId: importId, alreadyRunning: !created };
  }
}
