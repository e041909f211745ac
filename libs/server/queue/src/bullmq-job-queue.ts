import { Logger } from '@nestjs/common';
import { Job, Queue, QueueEvents, UnrecoverableError, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { PermanentJobError } from './job-handler';
import type { JobHandlerRegistry } from './job-handler-registry';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, EnqueueOptions, JobQueue, JobState, JobStatus } from './job-queue';
import { QueueName, queueOfJob } from './queue-names';

export interface BullMqJobQueueOptions {
  redisUrl: string;
  /** BullMQ key prefix (not ioredis keyPrefix), so several deployments or test runs can share one Redis. */
  prefix: string;
  /** Given: this process also runs workers for every queue, with these handlers. */
  workerRegistry?: JobHandlerRegistry;
  concurrency?: number;
  /** Lock duration and stalled check interval (BullMQ default 30 s): a killed worker's job is retried after about this long. */
  lockMs?: number;
}

export class BullMqJobQueue extends JobQueue {
  readonly transport = 'bullmq' as const;
  private readonly logger = new Logger('BullMqJobQueue');
  private readonly queues = new Map<QueueName, Queue>();
  private readonly events = new Map<QueueName, QueueEvents>();
  private readonly workers: Worker[] = [];

  constructor(private readonly options: BullMqJobQueueOptions) {
    super();
    for (const name of Object.values(QueueName)) {
      this.queues.set(name, new Queue(name, { connection: this.connection(), prefix: options.prefix }));
    }
    const registry = options.workerRegistry;
    if (registry) {
      for (const name of Object.values(QueueName)) {
        const worker = new Worker(name, (job) => this.process(registry, job), {
          connection: this.connection(),
          prefix: options.prefix,
          concurrency: options.concurrency ?? 1,
          lockDuration: options.lockMs ?? 30_000,
          stalledInterval: options.lockMs ?? 30_000,
          // Started by startWorkers() once every handler is registered.
          autorun: false,
        });
        worker.on('failed', (job, error) =>
          this.logger.warn(`Job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
        );
        worker.on('error', (error) => this.logger.error(`Worker ${name}: ${error.message}`));
        this.workers.push(worker);
      }
    }
  }

  /** Begins taking jobs (no-op without workers). */
  startWorkers(): void {
    for (const worker of this.workers) {
      worker.run().catch((error: Error) => this.logger.error(`Worker ${worker.name} stopped: ${error.message}`));
    }
  }

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}): Promise<string> {
    const job = await this.queue(queueOfJob(name)).add(name, payload, {
      jobId: options.jobId ?? randomUUID(),
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: 'exponential', delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
    return job.id as string;
  }

  async getJob(id: string): Promise<JobState | null> {
    const found = await this.findJob(id);
    return found ? this.toState(found.job) : null;
  }

  async waitUntilFinished(id: string, timeoutMs = 10 * 60_000): Promise<JobState> {
    const found = await this.findJob(id);
    if (!found) throw new Error(`Unknown job ${id}`);
    const events = this.queueEvents(found.queue);
    await events.waitUntilReady();
    try {
      await found.job.waitUntilFinished(events, timeoutMs);
    } catch (error) {
      // A failed job rejects here; its state says why. Anything else (a timeout) is the caller's problem.
      const state = await this.getJob(id);
      if (state?.status === 'failed') return state;
      throw error;
    }
    return (await this.getJob(id)) as JobState;
  }

  async ping(): Promise<void> {
    await this.queue(QueueName.Ingest).getJobCounts('waiting');
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.events.values()].map((e) => e.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
  }

  private connection() {
    return { url: this.options.redisUrl, maxRetriesPerRequest: null };
  }

  private queue(name: QueueName): Queue {
    return this.queues.get(name) as Queue;
  }

  private queueEvents(name: QueueName): QueueEvents {
    let events = this.events.get(name);
    if (!events) {
      events = new QueueEvents(name, { connection: this.connection(), prefix: this.options.prefix });
      this.events.set(name, events);
    }
    return events;
  }

  private async findJob(id: string): Promise<{ queue: QueueName; job: Job } | undefined> {
    for (const [queue, q] of this.queues) {
      const job = await Job.fromId(q, id);
      if (job) return { queue, job };
    }
    return undefined;
  }

  private async toState(job: Job): Promise<JobState> {
    const raw = await job.getState();
    const status: JobStatus = raw === 'completed' ? 'completed' : raw === 'failed' ? 'failed' : raw === 'active' ? 'active' : 'waiting';
    return {
      id: job.id as string,
      name: job.name,
      status,
      progress: job.progress as JobState['progress'],
      attemptsMade: job.attemptsMade,
      result: job.returnvalue,
      failedReason: job.failedReason || undefined,
    };
  }

  private async process(registry: JobHandlerRegistry, job: Job): Promise<unknown> {
    const handler = registry.get(job.name);
    try {
      return await handler.handle(job.data, {
        jobId: job.id as string,
        attempt: job.attemptsMade + 1,
        maxAttempts: job.opts.attempts ?? 1,
        reportProgress: (progress) => job.updateProgress(progress),
      });
    } catch (error) {
      if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
