import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, deleteQueueKeys, TestDatabase, uniqueQueuePrefix } from '@ita/server/testing';

const workspaceRoot = resolve(__dirname, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'ita-import-cli-'));

function file(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `ปีงบประมาณ,รหัส อปท.,คะแนนรวม,ระดับ\n${rows.join('\n')}\n`);
  return path;
}

/**
 * `npm run import -- …` as a user runs it (tools/run.mjs is what the npm script calls). Asynchronous: with
 * PGlite the test database is served by this very process, which must keep answering.
 */
function runImport(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(workspaceRoot, 'tools/run.mjs'), 'apps/cli/src/import.ts', ...args], {
      cwd: workspaceRoot,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

describe('npm run import', () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    db = await createTestDatabase({ connect: false });
    env = {
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: String(db.poolSize),
      REDIS_PREFIX: uniqueQueuePrefix(),
      DATA_DIR: join(dir, 'data'),
    };
  }, 90_000);
  afterAll(async () => {
    await db?.close();
    if (process.env.REDIS_URL && env?.REDIS_PREFIX) await deleteQueueKeys(process.env.REDIS_URL, env.REDIS_PREFIX);
  });

  it('imports a file, waits for the job and its analytics, and prints the report as JSON (exit 0)', async () => {
    const path = file('roi-et.csv', ['2566,5451607,99.50,ผ่านดีเยี่ยม', '2566,6451012,88.00,ผ่าน']);
    const { code, stdout, stderr } = await runImport([path, '--json'], env);
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toMatchObject({
      status: 'IMPORTED',
      rowsRead: 2,
      rowsImported: 2,
      rowsUnchanged: 0,
      rowsRejected: 0,
      errors: [],
      warnings: [],
    });
    const again = await runImport([path, '--json'], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'IMPORTED', rowsImported: 0, rowsUnchanged: 2 });
  }, 120_000);

  it('exits 1 for a rejected file and lists where each error is', async () => {
    const path = file('bad.csv', ['2566,5451607,99.50,ผ่านดีเยี่ยม', '2566,5451607x,88.00,ผ่าน', '2558,6451012,88.00,ผ่าน']);
    const { code, stdout } = await runImport([path, '--json', '--dry-run'], env);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, 'B', 'ORG_NOT_FOUND'],
      [4, 'A', 'FISCAL_YEAR_TOO_EARLY'],
    ]);
  }, 120_000);

  it('exits 2 on usage errors', async () => {
    expect((await runImport([], env)).code).toBe(2);
    expect((await runImport([join(dir, 'missing.csv')], env)).code).toBe(2);
    expect((await runImport([file('x.csv', []), '--year', '1999'], env)).code).toBe(2);
    expect((await runImport([file('y.csv', []), '--frobnicate'], env)).stderr).toContain('unknown option --frobnicate');
  }, 60_000);
});
