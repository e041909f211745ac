import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { deriveToolScores, deriveTotal, determineLevel, getFramework } from '@ita/domain';
import { ConfigModule } from '@ita/server/config';
import { DatabaseModule } from '@ita/server/database';
import { ImportSubmissionService, IngestModule } from '@ita/server/ingest';
import { ALL_JOB_NAMES, JobQueue, QueueModule } from '@ita/server/queue';
import { createTestDatabase, deleteQueueKeys, testAppConfig, TestDatabase } from '@ita/server/testing';

const workspaceRoot = resolve(__dirname, '../../../..');
const redisUrl = process.env.REDIS_URL;

/** Every organisation of the registry for three fiscal years: a file whose write takes a few seconds. */
function nationalCsv(codes: string[], years: number[]): Buffer {
  const lines = [
    'ปีงบประมาณ,รหัส อปท.,ตัวชี้วัดที่ 1,ตัวชี้วัดที่ 2,ตัวชี้วัดที่ 3,ตัวชี้วัดที่ 4,ตัวชี้วัดที่ 5,ตัวชี้วัดที่ 6,ตัวชี้วัดที่ 7,ตัวชี้วัดที่ 8,ตัวชี้วัดที่ 9,ตัวชี้วัดที่ 10,คะแนนรวม,ระดับ',
  ];
  for (const year of years) {
    const framework = getFramework(year);
    for (const [n, code] of codes.entries()) {
      const scores = Array.from({ length: 10 }, (_, i) => 60 + ((n * 7 + i * 13 + year) % 4000) / 100);
      const tools = deriveToolScores(framework, Object.fromEntries(scores.map((s, i) => [i + 1, s])));
      const total = deriveTotal(framework, tools) as number;
      lines.push(
        [year, code, ...scores.map((s) => s.toFixed(2)), total.toFixed(2), determineLevel(framework, total, tools)?.labelTh].join(','),
      );
    }
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

// Collected only with REDIS_URL and DATABASE_URL (jest.config.cjs): a worker is a separate process only with
// BullMQ, and PGlite admits one process. The in-process equivalent (an import resumed after a restart) is
// tested in libs/server/ingest.
describe('a worker killed in the middle of an import', () => {
  let db: TestDatabase;
  let worker: ChildProcess | undefined;
  let prefix: string;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(workspaceRoot, 'tools/build-node.mjs')], { cwd: workspaceRoot });
    db = await createTestDatabase();
  }, 120_000);
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await db?.close();
    if (redisUrl && prefix) await deleteQueueKeys(redisUrl, prefix);
  });

  const startWorker = (env: NodeJS.ProcessEnv) =>
    spawn(process.execPath, [join(workspaceRoot, 'dist/server/apps/worker/src/main.js')], {
      cwd: workspaceRoot,
      env: { ...process.env, ...env, NODE_OPTIONS: '', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });

  it('leaves nothing of the file, and the retried job imports all of it exactly once', async () => {
    const config = testAppConfig(db, { logLevel: 'error', queueLockMs: 1000 });
    prefix = config.redisPrefix;
    const env = { DATABASE_URL: db.url, REDIS_URL: redisUrl, REDIS_PREFIX: prefix, QUEUE_LOCK_MS: '1000' };

    @Module({
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule.forRoot({ runWorkers: false, requiredJobNames: ALL_JOB_NAMES }),
        IngestModule,
      ],
    })
    class SubmitOnlyModule {}
    const app = await NestFactory.createApplicationContext(SubmitOnlyModule, { logger: ['error'] });
    await app.init();
    try {
      const codes: string[] = (await db.dataSource.query(`SELECT code FROM organisations ORDER BY code`)).map(
        (r: { code: string }) => r.code,
      );
      const content = nationalCsv(codes, [2564, 2565, 2566]);
      worker = startWorker(env);
      const { importId } = await app
        .get(ImportSubmissionService)
        .submit({ fileName: 'national.csv', content }, { dryRun: false, acceptValid: false, year: null });

      // Kill the worker once it has started writing (the whole write is one transaction of a few seconds).
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [row] = await db.dataSource.query(`SELECT status FROM imports WHERE id = $1`, [importId]);
        const job = await app.get(JobQueue).getJob(importId);
        if (row.status === 'RUNNING' && (job?.progress as { phase?: string } | undefined)?.phase === 'writing') break;
        if (Date.now() > deadline) throw new Error(`the import never started writing (status ${row.status})`);
        await new Promise((r) => setTimeout(r, 10));
      }
      worker.kill('SIGKILL');
      await new Promise((r) => worker?.once('exit', r));

      expect(await count(db, 'results')).toBe(0);
      expect((await db.dataSource.query(`SELECT status FROM imports WHERE id = $1`, [importId]))[0].status).toBe('RUNNING');

      worker = startWorker(env);
      let finished: { status: string; rows_imported: number } | undefined;
      while (!finished) {
        const [row] = await db.dataSource.query(`SELECT status, rows_imported FROM imports WHERE id = $1`, [importId]);
        if (row.status !== 'RUNNING' && row.status !== 'QUEUED') finished = row;
        else if (Date.now() > deadline + 60_000) throw new Error('the retried import did not finish');
        else await new Promise((r) => setTimeout(r, 100));
      }
      expect(finished).toEqual({ status: 'IMPORTED', rows_imported: codes.length * 3 });
      expect(await count(db, 'results')).toBe(codes.length * 3);
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM results WHERE cardinality(indicator_scores) = 10`);
      expect(n).toBe(codes.length * 3);
      expect(await count(db, 'result_history')).toBe(0);
      const provenance = await db.dataSource.query(`SELECT DISTINCT import_id FROM results`);
      expect(provenance).toEqual([{ import_id: importId }]);
    } finally {
      await app.close();
    }
  }, 180_000);
});

async function count(db: TestDatabase, table: string): Promise<number> {
  return (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
}
