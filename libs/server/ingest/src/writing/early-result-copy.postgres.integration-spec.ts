import { createTestDatabase, TestDatabase } from '@ita/server/testing';
import type { ValidatedResult } from '../validation/validated-result';
import { EarlyResultCopy } from './early-result-copy';
import { writeValidatedRows } from './write-validated-rows';

function result(code: string, provinceCode: string, fiscalYear: number, total: number, row: number): ValidatedResult {
  const values = {
    totalPublished: total,
    totalDerived: null,
    levelPublished: null,
    levelDerived: 'ผ่าน',
    iitPublished: 90,
    iitPointsPublished: null,
    iitDerived: null,
    eitPublished: 91,
    eitPointsPublished: null,
    eitDerived: null,
    eitPart1: null,
    eitPart2: null,
    oitPublished: 92,
    oitPointsPublished: null,
    oitDerived: null,
    findings: [],
  };
  return {
    organisationCode: code,
    provinceCode,
    fiscalYear,
    source: { file: 'f.csv', sheet: null, row },
    values,
    indicators: [[1, total]],
  };
}

describe('EarlyResultCopy (real PostgreSQL only)', () => {
  let db: TestDatabase;
  let orgs: { code: string; province_code: string }[];
  const at = (i: number, year: number, total: number, row: number) => result(orgs[i].code, orgs[i].province_code, year, total, row);
  const newImport = async (): Promise<string> =>
    (
      await db.dataSource.query(
        `INSERT INTO imports (file_name, file_sha256, file_size, status) VALUES ('f.csv', repeat('0', 64), 0, 'RUNNING') RETURNING id`,
      )
    )[0].id;
  const stored = async () =>
    db.dataSource.query(`SELECT organisation_code AS code, fiscal_year AS year, total::float8, import_id FROM results ORDER BY 1, 2`);

  beforeAll(async () => {
    db = await createTestDatabase();
    orgs = await db.dataSource.query(`SELECT code, province_code FROM organisations ORDER BY code LIMIT 4`);
    const first = await newImport();
    await db.dataSource.transaction((manager) => writeValidatedRows(manager, first, [at(0, 2566, 80, 2)], []));
  }, 90_000);
  afterAll(() => db?.close());

  it('copies at once only new organisations and years of the years named, once each; the write does the rest', async () => {
    const importId = await newImport();
    const early = await EarlyResultCopy.open(db.dataSource, importId, [2566]);
    const [storedChanged, fresh, repeat, otherYear] = [at(0, 2566, 85, 2), at(1, 2566, 70, 3), at(1, 2566, 71, 4), at(2, 2567, 60, 5)];
    [storedChanged, fresh, repeat, otherYear, at(0, 2566, 86, 6), at(2, 2567, 61, 7)].forEach(early.offer);
    const copied = await early.finish();
    expect([...copied]).toEqual([fresh]);
    const outcome = await writeValidatedRows(early.runner.manager, importId, [storedChanged, fresh, otherYear], [], undefined, {
      copy: true,
      copied,
    });
    await early.runner.commitTransaction();
    await early.runner.release();
    expect(outcome).toEqual({ written: 3, unchanged: 0, superseded: 1, items: 0, fiscalYears: [2566, 2567] });
    expect(await stored()).toEqual([
      { code: orgs[0].code, year: 2566, total: 85, import_id: importId },
      { code: orgs[1].code, year: 2566, total: 70, import_id: importId },
      { code: orgs[2].code, year: 2567, total: 60, import_id: importId },
    ]);
    expect(await db.dataSource.query(`SELECT organisation_code AS code FROM result_history`)).toEqual([{ code: orgs[0].code }]);
  });

  it('leaves nothing behind when abandoned, and gives its connection back', async () => {
    const before = await stored();
    const early = await EarlyResultCopy.open(db.dataSource, await newImport(), [2566]);
    early.offer(at(3, 2566, 50, 2));
    await early.abandon();
    await early.abandon();
    expect(early.runner.isReleased).toBe(true);
    expect(await stored()).toEqual(before);
  });
});
