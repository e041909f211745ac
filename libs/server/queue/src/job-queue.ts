import type { JobProgress } from './job-handler';

export type JobStatus = 'waiting' | 'active' | 'completed' | 'failed';

export interface JobState<Result = unknown> {
  id: string;
  name: string;
  status: JobStatus;
  progress: JobProgress;
  attemptsMade: number;
  result?: Result;
  failedReason?: string;
}

export interface EnqueueOptions {
  /** A deterministic id makes a second enqueue of the same work a no-op while the first is known. */
  jobId?: string;
  attempts?: number;
  backoffMs?: number;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1000;

/** Where jobs go: BullMQ on Redis, or in-process when REDIS_URL is unset. */
export abstract class JobQueue {
  abstract readonly transport: 'bullmq' | 'in-process';
  abstract enqueue(name: string, payload: unknown, options?: EnqueueOptions): Promise<string>;
  abstract getJob(id: string): Promise<JobState | null>;
  /** Resolves when the job has completed or failed for good (after its retries). */
  abstract waitUntilFinished(id: string, timeoutMs?: number): Promise<JobState>;
  /** Reachability, for /health. */
  abstract ping(): Promise<void>;
  abstract close(): Promise<void>;
}
