import { createHash } from 'node:crypto';
import { IngestTestApp, startIngestTestApp } from './ingest-test-app';
import { indicatorsFor, resultCsv } from './result-csv';

describe('an import left unfinished by a stopped process', () => {
  let t: IngestTestApp;
  let importId: string;

  beforeAll(async () => {
    t = await startIngestTestApp({
      // What a process killed mid-import leaves: the import recorded as RUNNING, its file, and no rows.
      beforeStart: async (dataSource) => {
        const content = resultCsv(2566, [{ code: '5451607', indicators: indicatorsFor('5451607', 2566) }]);
        const [row] = await dataSource.query(
          `INSERT INTO imports (file_name, file_sha256, file_size, status, options, started_at)
           VALUES ('left-behind.csv', $1, $2, 'RUNNING', '{"dryRun":false,"acceptValid":false,"year":null}', now()) RETURNING id`,
          [createHash('sha256').update(content).digest('hex'), content.length],
        );
        importId = row.id;
        await dataSource.query(`INSERT INTO import_files (import_id, content) VALUES ($1, $2)`, [importId, content]);
      },
    });
  }, 90_000);
  afterAll(() => t?.close());

  it('is queued again at start and completes', async () => {
    const state = await t.queue.waitUntilFinished(importId, 30_000);
    expect(state).toMatchObject({ status: 'completed', result: { status: 'IMPORTED', rowsImported: 1 } });
    const [record] = await t.dataSource.query(`SELECT status, rows_imported FROM imports WHERE id = $1`, [importId]);
    expect(record).toEqual({ status: 'IMPORTED', rows_imported: 1 });
    expect(await t.dataSource.query(`SELECT organisation_code, import_id FROM results`)).toEqual([
      { organisation_code: '5451607', import_id: importId },
    ]);
  });
});
