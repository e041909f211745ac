import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, JobQueue, QUEUE_MODULE_OPTIONS } from '@ita/server/queue';
import type { QueueModuleOptions } from '@ita/server/queue';
import { DataSource } from 'typeorm';

/**
 * Imports left queued or running by a process that stopped are queued again at start. Under BullMQ the job
 * usually still exists (same id: the add is a no-op, and BullMQ retries a stalled one itself); the in-process
 * queue forgets its jobs when the process ends, so without this they would stay "RUNNING" for ever. A job
 * that finds its import already finished only returns the stored report.
 */
@Injectable()
export class ResumeImportsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResumeImports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    @Inject(QUEUE_MODULE_OPTIONS) private readonly options: QueueModuleOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.runWorkers && this.queue.transport === 'bullmq') return;
    const pending: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM imports WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_at`,
    );
    for (const { id } of pending)
      await this.queue.enqueue(JobName.ImportFile, { importId: id }, { jobId: id, attempts: 3, backoffMs: 2000 });
    if (pending.length) this.logger.log(`Resumed ${pending.length} unfinished import(s)`);
  }
}
