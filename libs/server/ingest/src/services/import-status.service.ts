import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobQueue } from '@ita/server/queue';
import { DataSource } from 'typeorm';
import type { ImportReport } from '../report/import-report';
import { analyticsJobId } from './analytics-job-id';

export interface ImportStatus {
  id: string;
  fileName: string;
  status: string;
  /** 0–100. */
  progress: number;
  phase: string | null;
  report: ImportReport | null;
  /** The analytics run the import asked for: null before it is asked for (or when nothing changed). */
  analyticsStatus: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** An import's state for people and scripts: the stored record, plus live progress from the queue while it runs. */
@Injectable()
export class ImportStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  async find(id: string): Promise<ImportStatus | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [row] = await this.dataSource.query(
      `SELECT id, file_name AS "fileName", status, report, created_at AS "createdAt", finished_at AS "finishedAt" FROM imports WHERE id = $1`,
      [id],
    );
    if (!row) return null;
    const [job, analytics] = await Promise.all([this.queue.getJob(id), this.queue.getJob(analyticsJobId(id))]);
    const live = job?.progress && typeof job.progress === 'object' ? (job.progress as { percent?: number; phase?: string }) : null;
    const finished = ['IMPORTED', 'REJECTED', 'DRY_RUN_OK', 'FAILED'].includes(row.status);
    return {
      id: row.id,
      fileName: row.fileName,
      status: row.status,
      progress: finished ? 100 : (live?.percent ?? 0),
      phase: finished ? 'done' : (live?.phase ?? null),
      report: row.status === 'FAILED' ? null : (row.report as ImportReport | null),
      analyticsStatus: analytics?.status ?? null,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
    };
  }
}
