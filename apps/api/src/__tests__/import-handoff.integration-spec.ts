import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataDirOwnerFile } from '@ita/server/database';
import { DataSource } from 'typeorm';
import { ApiTestContext, startApiForTest, TEST_IMPORT_TOKEN } from './api-test-client';

const workspaceRoot = resolve(__dirname, '../../../..');

describe('npm run import while the product runs on the embedded database', () => {
  let api: ApiTestContext;
  let dataDir: string;

  beforeAll(async () => {
    api = await startApiForTest();
    // What `npm start` leaves in DATA_DIR while it runs: the embedded database's owner and how to reach it.
    dataDir = mkdtempSync(join(tmpdir(), 'ita-handoff-'));
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(
      dataDirOwnerFile(dataDir),
      JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), httpUrl: api.baseUrl, importToken: TEST_IMPORT_TOKEN }),
    );
  }, 90_000);
  afterAll(() => api?.close());

  it('hands the file to the running instance and reports what it imported', async () => {
    const path = join(dataDir, 'handoff-2566.csv');
    writeFileSync(path, 'ปีงบประมาณ,รหัส อปท.,คะแนนรวม\n2566,5451607,99.50\n');
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [join(workspaceRoot, 'tools/run.mjs'), 'apps/cli/src/import.ts', path, '--json'], {
        cwd: workspaceRoot,
        env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: '', DATA_DIR: dataDir },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (err += c));
      child.on('close', (exit) => done({ code: exit, stdout: out, stderr: err }));
    });
    expect(code).toBe(0);
    expect(stderr).toContain(`in use by the running instance at ${api.baseUrl}`);
    expect(JSON.parse(stdout)).toMatchObject({ status: 'IMPORTED', rowsImported: 1, file: 'handoff-2566.csv' });
    const rows = await api.app.get(DataSource).query(`SELECT organisation_code, total::text, source_file FROM results`);
    expect(rows).toEqual([{ organisation_code: '5451607', total: '99.50', source_file: 'handoff-2566.csv' }]);
  }, 120_000);
});
