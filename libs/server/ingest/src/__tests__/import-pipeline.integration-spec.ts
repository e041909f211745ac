import { JobName } from '@ita/server/queue';
import { analyticsJobId, IngestTestApp, startIngestTestApp } from './ingest-test-app';
import { CsvResultRow, indicatorsFor, resultCsv } from './result-csv';

describe('import pipeline', () => {
  let t: IngestTestApp;
  let known: string[];

  beforeAll(async () => {
    t = await startIngestTestApp();
    // Ten organisations of Roi Et (45): เทศบาลตำบลโพธิ์ทอง 5451607 and the first nine by code.
    const rows: { code: string }[] = await t.dataSource.query(
      `(SELECT code FROM organisations WHERE code = '5451607') UNION ALL (SELECT code FROM organisations WHERE province_code = '45' AND code <> '5451607' ORDER BY code LIMIT 9)`,
    );
    known = rows.map((r) => r.code);
  }, 90_000);
  afterAll(() => t?.close());

  const rowsOf = (year: number): CsvResultRow[] => known.map((code) => ({ code, indicators: indicatorsFor(code, year) }));
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('imports a clean file whole, with no warnings, provenance on every row and an analytics run for its years', async () => {
    expect(known).toHaveLength(10);
    const report = await t.importFile('roi-et-2566.csv', resultCsv(2566, rowsOf(2566)));
    expect(report).toMatchObject({
      status: 'IMPORTED',
      rowsRead: known.length,
      rowsImported: known.length,
      rowsUnchanged: 0,
      rowsRejected: 0,
      errors: [],
      warnings: [],
      fiscalYears: [2566],
    });
    const stored = await t.dataSource.query(
      `SELECT organisation_code, source_file, source_sheet, source_row, import_id, total_published IS NOT NULL AS has_total FROM results ORDER BY source_row`,
    );
    expect(stored).toHaveLength(known.length);
    stored.forEach((row: { source_row: number; source_file: string; import_id: string; has_total: boolean }, i: number) => {
      expect(row).toMatchObject({
        source_file: 'roi-et-2566.csv',
        source_sheet: null,
        source_row: i + 2,
        import_id: report.importId,
        has_total: true,
      });
    });
    const scores = await t.dataSource.query(`SELECT indicator_scores::float8[] AS s FROM results WHERE organisation_code = $1`, [known[0]]);
    expect(scores).toEqual([{ s: rowsOf(2566)[0].indicators }]);
    const analytics = await t.queue.waitUntilFinished(analyticsJobId(report.importId), 10_000);
    expect(analytics).toMatchObject({ name: JobName.RecomputeAnalytics, status: 'completed', result: { fiscalYears: [2566, 2567] } });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await t.dataSource.query(`SELECT organisation_code, updated_at, import_id FROM results ORDER BY 1`);
    const report = await t.importFile('roi-et-2566.csv', resultCsv(2566, rowsOf(2566)));
    expect(report).toMatchObject({ status: 'IMPORTED', rowsImported: 0, rowsUnchanged: known.length, rowsRejected: 0 });
    expect(await t.dataSource.query(`SELECT organisation_code, updated_at, import_id FROM results ORDER BY 1`)).toEqual(before);
    expect(await count('result_history')).toBe(0);
    expect(await t.queue.getJob(analyticsJobId(report.importId))).toBeNull();
  });

  it('updates the one corrected row and keeps its old values in the history', async () => {
    const [first] = await t.dataSource.query(`SELECT import_id, total::text FROM results WHERE organisation_code = $1`, [known[0]]);
    const corrected = rowsOf(2566);
    corrected[0] = { ...corrected[0], indicators: corrected[0].indicators.map((s, i) => (i === 9 ? Math.max(0, s - 10) : s)) };
    const report = await t.importFile('roi-et-2566-corrected.csv', resultCsv(2566, corrected));
    expect(report).toMatchObject({ status: 'IMPORTED', rowsImported: 1, rowsUnchanged: known.length - 1, rowsSuperseded: 1 });
    const [now] = await t.dataSource.query(`SELECT import_id, total::text, source_file FROM results WHERE organisation_code = $1`, [
      known[0],
    ]);
    expect(now.import_id).toBe(report.importId);
    expect(now.source_file).toBe('roi-et-2566-corrected.csv');
    expect(Number(now.total)).toBeLessThan(Number(first.total));
    const history = await t.dataSource.query(
      `SELECT organisation_code, fiscal_year, previous_import_id, superseded_by_import_id, previous->>'total' AS total, previous->'indicator_scores'->>9 AS i10 FROM result_history`,
    );
    expect(history).toEqual([
      {
        organisation_code: known[0],
        fiscal_year: 2566,
        previous_import_id: first.import_id,
        superseded_by_import_id: report.importId,
        total: first.total,
        i10: String(rowsOf(2566)[0].indicators[9]),
      },
    ]);
  });

  it('rejects a file with one bad row whole, and nothing changes', async () => {
    const snapshot = await t.dataSource.query(`SELECT organisation_code, fiscal_year, total::text, updated_at FROM results ORDER BY 1, 2`);
    const rows = rowsOf(2567);
    rows[3] = { ...rows[3], total: '9o.5' };
    const report = await t.importFile('roi-et-2567.csv', resultCsv(2567, rows));
    expect(report.status).toBe('REJECTED');
    expect(report.rowsImported).toBe(0);
    expect(report.rowsRejected).toBe(1);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'roi-et-2567.csv', sheet: null, row: 5, column: 'P', code: 'SCORE_NOT_A_NUMBER' }),
    ]);
    expect(report.errors[0].message).toContain('9o.5');
    expect(await t.dataSource.query(`SELECT organisation_code, fiscal_year, total::text, updated_at FROM results ORDER BY 1, 2`)).toEqual(
      snapshot,
    );
    const [record] = await t.dataSource.query(`SELECT status, rows_rejected FROM imports WHERE id = $1`, [report.importId]);
    expect(record).toEqual({ status: 'REJECTED', rows_rejected: 1 });
  });

  it('with acceptValid imports the other rows and keeps the bad one with the import', async () => {
    const rows = rowsOf(2567);
    rows[3] = { ...rows[3], total: '105.2' };
    const report = await t.importFile('roi-et-2567.csv', resultCsv(2567, rows), { acceptValid: true });
    expect(report).toMatchObject({ status: 'IMPORTED', rowsImported: known.length - 1, rowsRejected: 1 });
    expect(report.errors).toEqual([expect.objectContaining({ row: 5, column: 'P', code: 'SCORE_OUT_OF_RANGE' })]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM results WHERE fiscal_year = 2567`))[0].n).toBe(known.length - 1);
    const [record] = await t.dataSource.query(`SELECT rejected_rows FROM imports WHERE id = $1`, [report.importId]);
    expect(record.rejected_rows).toEqual([expect.objectContaining({ source: { file: 'roi-et-2567.csv', sheet: null, row: 5 } })]);
  });

  it('with dryRun checks and counts everything but writes nothing', async () => {
    const before = await count('results');
    const report = await t.importFile('roi-et-2565.csv', resultCsv(2565, rowsOf(2565)), { dryRun: true });
    expect(report).toMatchObject({ status: 'DRY_RUN_OK', rowsImported: known.length, rowsUnchanged: 0, errors: [] });
    expect(await count('results')).toBe(before);
    expect(await t.queue.getJob(analyticsJobId(report.importId))).toBeNull();
  });

  it('flags published values that disagree with the rules, keeping the published ones', async () => {
    const rows = rowsOf(2565).slice(0, 2);
    rows[0] = { ...rows[0], total: '50.00' };
    rows[1] = { ...rows[1], level: 'F' };
    const report = await t.importFile('warnings-2565.csv', resultCsv(2565, rows));
    expect(report.status).toBe('IMPORTED');
    expect(report.warnings.map((w) => [w.row, w.column, w.code])).toEqual([
      [2, 'P', 'TOTAL_MISMATCH'],
      // the published level agreed with the real total, not with the mistyped one
      [2, 'Q', 'LEVEL_MISMATCH'],
      [3, 'Q', 'LEVEL_MISMATCH'],
    ]);
    const [stored] = await t.dataSource.query(
      `SELECT total::text, total_published::text, total_derived IS NOT NULL AS derived, findings->0->>'code' AS finding FROM results WHERE organisation_code = $1 AND fiscal_year = 2565`,
      [rows[0].code],
    );
    expect(stored).toEqual({ total: '50.00', total_published: '50.00', derived: true, finding: 'TOTAL_MISMATCH' });
  });
});
