import { createTestDatabase, TestDatabase } from '@ita/server/testing';
import type { ValidatedResult } from '../validation/validated-result';
import { canCopy } from './can-copy';
import { writeValidatedRows } from './write-validated-rows';

/** Values that text formats must escape: tab, line ends, backslash, quotes, braces, commas, Thai, a literal NULL. */
function resultFor(code: string, provinceCode: string, row: number): ValidatedResult {
  return {
    organisationCode: code,
    provinceCode,
    fiscalYear: 2566,
    source: { file: 'ผล\t"ITA", {2566}\\ปี\r\nNULL.csv', sheet: row % 2 ? null : 'แผ่น 1\\"x"', row },
    values: {
      totalPublished: 91.13,
      totalDerived: 91.1,
      levelPublished: row % 2 ? 'ผ่าน "ดี"\t\\' : null,
      levelDerived: 'ผ่านดี',
      iitPublished: null,
      iitPointsPublished: 28.5,
      iitDerived: 95,
      eitPublished: 100,
      eitPointsPublished: null,
      eitDerived: null,
      eitPart1: 0,
      eitPart2: 99.99,
      oitPublished: 80.25,
      oitPointsPublished: null,
      oitDerived: 80.3,
      findings: [{ code: 'LEVEL_UNRECOGNISED', field: 'level', published: 'a\\b "c"\n', derived: null, difference: null, tolerance: null }],
    },
    indicators: [
      [1, 99.5],
      [2, 0],
      [4, 100],
      [10, 12.34],
    ],
  };
}

const STORED = `SELECT organisation_code, fiscal_year, province_code, total_published::text, total_derived::text, level_published, level_derived,
    iit_published::text, iit_points_published::text, iit_derived::text, eit_published::text, eit_points_published::text, eit_derived::text,
    eit_part1::text, eit_part2::text, oit_published::text, oit_points_published::text, oit_derived::text, total::text, level,
    indicator_scores::text, findings, source_file, source_sheet, source_row, import_id = $1 AS by_import
  FROM results WHERE import_id = $1 ORDER BY source_row`;

describe('writeValidatedRows', () => {
  let db: TestDatabase;
  let organisations: { code: string; province_code: string }[];

  beforeAll(async () => {
    db = await createTestDatabase();
    organisations = await db.dataSource.query(`SELECT code, province_code FROM organisations ORDER BY code LIMIT 6`);
  }, 90_000);
  afterAll(() => db?.close());

  /** Writes three new results in a transaction that is rolled back, and gives what was stored. */
  async function writeAndRead(copy: boolean): Promise<Record<string, unknown>[]> {
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [{ id }] = await runner.query(
        `INSERT INTO imports (file_name, file_sha256, file_size, status) VALUES ('t.csv', repeat('0', 64), 0, 'RUNNING') RETURNING id`,
      );
      const results = organisations.slice(0, 3).map((o, i) => resultFor(o.code, o.province_code, i + 2));
      const outcome = await writeValidatedRows(runner.manager, id, results, [], undefined, { copy });
      expect(outcome).toEqual({ written: 3, unchanged: 0, superseded: 0, items: 0, fiscalYears: [2566] });
      return await runner.query(STORED, [id]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  it('knows whether the server takes COPY (the real PostgreSQL) or not (PGlite)', async () => {
    expect(await canCopy(db.dataSource)).toBe(!db.embedded);
  });

  it('stores every value, escaped text included, with the upsert', async () => {
    const stored = await writeAndRead(false);
    expect(stored).toHaveLength(3);
    expect(stored[1]).toMatchObject({
      total_published: '91.13',
      iit_published: null,
      iit_points_published: '28.50',
      eit_part1: '0.00',
      level_published: 'ผ่าน "ดี"\t\\',
      level: 'ผ่าน "ดี"\t\\',
      indicator_scores: '{99.50,0.00,NULL,100.00,NULL,NULL,NULL,NULL,NULL,12.34}',
      findings: resultFor('', '', 3).values.findings,
      source_file: 'ผล\t"ITA", {2566}\\ปี\r\nNULL.csv',
      source_sheet: null,
      source_row: 3,
      by_import: true,
    });
    expect(stored[0]).toMatchObject({ source_sheet: 'แผ่น 1\\"x"', level_published: null, level: 'ผ่านดี' });
  });

  it('stores exactly the same with COPY where the server takes it (on PGlite both are the upsert)', async () => {
    expect(await writeAndRead(await canCopy(db.dataSource))).toEqual(await writeAndRead(false));
  });
});
