import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PermanentJobError } from './job-handler';
import type { JobHandlerRegistry } from './job-handler-registry';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, EnqueueOptions, JobQueue, JobState } from './job-queue';
import { queueOfJob } from './queue-names';

interface InProcessJob {
  state: JobState;
  payload: unknown;
  options: Required<Pick<EnqueueOptions, 'attempts' | 'backoffMs'>>;
  finished: Promise<JobState>;
  resolve: (state: JobState) => void;
}

const RETAINED_FINISHED_JOBS = 1000;

/**
 * The queue when REDIS_URL is unset: the same handlers, run in this process, one job at a time per queue
 * (which also suits the embedded database's single connection), with the same retry and backoff rules.
 */
export class InProcessJobQueue extends JobQueue {
  readonly transport = 'in-process' as const;
  private readonly logger = new Logger('InProcessJobQueue');
  private readonly jobs = new Map<string, InProcessJob>();
  private readonly tails = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async enqueue(name: string, payload: unknown, options: EnqueueOptions = {}): Promise<string> {
    if (this.closed) throw new Error('The job queue is closed');
    const queue = queueOfJob(name);
    this.registry.get(name);
    const id = options.jobId ?? randomUUID();
    const existing = this.jobs.get(id);
    if (existing && (existing.state.status === 'waiting' || existing.state.status === 'active')) return id;

    let resolve!: (state: JobState) => void;
    const finished = new Promise<JobState>((r) => (resolve = r));
    const job: InProcessJob = {
      state: { id, name, status: 'waiting', progress: 0, attemptsMade: 0 },
      payload,
      options: { attempts: options.attempts ?? DEFAULT_ATTEMPTS, backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS },
      finished,
      resolve,
    };
    this.jobs.delete(id);
    this.jobs.set(id, job);
    this.forgetOldJobs();
    const tail = (this.tails.get(queue) ?? Promise.resolve()).then(() => this.run(job));
    this.tails.set(queue, tail);
    return id;
  }

  async getJob(id: string): Promise<JobState | null> {
    const job = this.jobs.get(id);
    return job ? { ...job.state } : null;
  }

  async waitUntilFinished(id: string, timeoutMs = 10 * 60_000): Promise<JobState> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`Unknown job ${id}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Job ${id} did not finish within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([job.finished, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('The job queue is closed');
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled(this.tails.values());
  }

  private async run(job: InProcessJob): Promise<void> {
    const handler = this.registry.get(job.state.name);
    job.state.status = 'active';
    for (let attempt = 1; ; attempt++) {
      job.state.attemptsMade = attempt - 1;
      try {
        job.state.result = await handler.handle(job.payload, {
          jobId: job.state.id,
          attempt,
          maxAttempts: job.options.attempts,
          reportProgress: async (progress) => {
            job.state.progress = progress;
          },
        });
        job.state.attemptsMade = attempt;
        job.state.status = 'completed';
        break;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const permanent = error instanceof PermanentJobError;
        this.logger.warn(`Job ${job.state.name} ${job.state.id} failed (attempt ${attempt}/${job.options.attempts}): ${message}`);
        if (permanent || attempt >= job.options.attempts || this.closed) {
          job.state.attemptsMade = attempt;
          job.state.status = 'failed';
          job.state.failedReason = message;
          break;
        }
        await new Promise((r) => setTimeout(r, job.options.backoffMs * 2 ** (attempt - 1)));
      }
    }
    job.resolve({ ...job.state });
  }

  private forgetOldJobs(): void {
    if (this.jobs.size <= RETAINED_FINISHED_JOBS) return;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= RETAINED_FINISHED_JOBS) break;
      if (job.state.status === 'completed' || job.state.status === 'failed') this.jobs.delete(id);
    }
  }
}
