import { deleteQueueKeys, testRedisUrl, uniqueQueuePrefix } from '@ita/server/testing';
import { BullMqJobQueue } from './bullmq-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobContext, PermanentJobError } from './job-handler';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobQueue } from './job-queue';

type Transport = { name: string; create(registry: JobHandlerRegistry): JobQueue; cleanup(): Promise<void> };

const redisUrl = testRedisUrl();
const prefix = uniqueQueuePrefix();
const transports: Transport[] = [
  { name: 'in-process', create: (registry) => new InProcessJobQueue(registry), cleanup: async () => undefined },
];
// The BullMQ path needs the real Redis: CI sets REDIS_URL; without it only the in-process transport is tested.
if (redisUrl) {
  transports.push({
    name: 'BullMQ on Redis',
    create: (registry) => {
      const queue = new BullMqJobQueue({ redisUrl, prefix, workerRegistry: registry });
      queue.startWorkers();
      return queue;
    },
    cleanup: () => deleteQueueKeys(redisUrl, prefix),
  });
}

describe.each(transports)('job queue: $name', (transport) => {
  const calls: { payload: unknown; attempt: number }[] = [];
  let failuresBeforeSuccess = 0;
  let release: () => void = () => undefined;
  let queue: JobQueue;

  beforeAll(() => {
    const registry = new JobHandlerRegistry();
    registry.register('ingest.test-echo', {
      async handle(payload: unknown, context: JobContext) {
        calls.push({ payload, attempt: context.attempt });
        await context.reportProgress({ rowsRead: 10 });
        return { echoed: payload };
      },
    });
    registry.register('ingest.test-flaky', {
      async handle(_payload: unknown, context: JobContext) {
        if (context.attempt <= failuresBeforeSuccess) throw new Error(`transient failure ${context.attempt}`);
        return context.attempt;
      },
    });
    registry.register('ingest.test-invalid', {
      async handle() {
        throw new PermanentJobError('row 3: not a number');
      },
    });
    registry.register('analytics.test-slow', {
      async handle(payload: unknown) {
        calls.push({ payload, attempt: 1 });
        await new Promise<void>((resolve) => (release = resolve));
        return 'done';
      },
    });
    queue = transport.create(registry);
  });

  afterAll(async () => {
    await queue.close();
    await transport.cleanup();
  });

  beforeEach(() => {
    calls.length = 0;
  });

  it('runs a job through its handler and keeps its result and progress', async () => {
    const id = await queue.enqueue('ingest.test-echo', { importId: 'abc' });
    const state = await queue.waitUntilFinished(id, 10_000);
    expect(state).toMatchObject({ id, name: 'ingest.test-echo', status: 'completed', result: { echoed: { importId: 'abc' } } });
    expect(state.progress).toEqual({ rowsRead: 10 });
    expect(calls).toEqual([{ payload: { importId: 'abc' }, attempt: 1 }]);
    expect(await queue.getJob(id)).toMatchObject({ status: 'completed' });
  });

  it('retries a transient failure with backoff', async () => {
    failuresBeforeSuccess = 2;
    const id = await queue.enqueue('ingest.test-flaky', {}, { attempts: 3, backoffMs: 10 });
    const state = await queue.waitUntilFinished(id, 10_000);
    expect(state).toMatchObject({ status: 'completed', result: 3, attemptsMade: 3 });
  });

  it('gives up after the last attempt', async () => {
    failuresBeforeSuccess = 5;
    const id = await queue.enqueue('ingest.test-flaky', {}, { attempts: 2, backoffMs: 10 });
    const state = await queue.waitUntilFinished(id, 10_000);
    expect(state).toMatchObject({ status: 'failed', attemptsMade: 2, failedReason: 'transient failure 2' });
  });

  it('never retries a permanent failure such as an invalid file', async () => {
    const id = await queue.enqueue('ingest.test-invalid', {}, { attempts: 5, backoffMs: 10 });
    const state = await queue.waitUntilFinished(id, 10_000);
    expect(state).toMatchObject({ status: 'failed', attemptsMade: 1, failedReason: 'row 3: not a number' });
  });

  it('runs work with a deterministic id once while it is queued or running', async () => {
    const first = await queue.enqueue('analytics.test-slow', { years: [2566] }, { jobId: 'analytics-2566-x' });
    const second = await queue.enqueue('analytics.test-slow', { years: [2566] }, { jobId: 'analytics-2566-x' });
    expect(second).toBe(first);
    await waitFor(() => calls.length === 1);
    release();
    await queue.waitUntilFinished(first, 10_000);
    expect(calls).toHaveLength(1);
  });

  it('refuses a job name outside the known queues', async () => {
    await expect(queue.enqueue('nowhere.job', {})).rejects.toThrow(/known queue/);
  });

  it('answers ping while open', async () => {
    await expect(queue.ping()).resolves.toBeUndefined();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
