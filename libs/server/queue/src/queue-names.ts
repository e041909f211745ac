/** A few queues by workload; a job's queue is the part of its name before the first dot. */
export const QueueName = {
  Ingest: 'ingest',
  Analytics: 'analytics',
  Reports: 'reports',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

const queueNames = new Set<string>(Object.values(QueueName));

export function queueOfJob(jobName: string): QueueName {
  const queue = jobName.split('.')[0];
  if (!queueNames.has(queue)) throw new Error(`Job name "${jobName}" does not start with a known queue (${[...queueNames].join(', ')})`);
  return queue as QueueName;
}
