/** Job names are explicit strings (renaming a class must not orphan queued jobs); the queue is the prefix. */
export const JobName = {
  ImportFile: 'ingest.import-file',
  RecomputeAnalytics: 'analytics.recompute',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Payloads carry ids, not data. */
export interface JobPayloads {
  [JobName.ImportFile]: { importId: string };
  [JobName.RecomputeAnalytics]: { fiscalYears: number[]; importId?: string };
}
export type JobOf<N extends JobName> = JobPayloads[N];

/** Every job a worker process must be able to handle; it refuses to start otherwise. */
export const ALL_JOB_NAMES: readonly JobName[] = Object.values(JobName);
