export type JobProgress = number | Record<string, unknown>;

export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  /** The attempt after which the job fails for good. */
  maxAttempts: number;
  reportProgress(progress: JobProgress): Promise<void>;
}

/** A handler runs the same way under BullMQ and in-process; only the transport differs. */
export interface JobHandler<Payload = unknown, Result = unknown> {
  handle(payload: Payload, context: JobContext): Promise<Result>;
}

/**
 * Thrown by a handler for a failure that a retry cannot fix (an invalid file, a missing record): the job
 * fails at once instead of being retried with backoff.
 */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}
