import { createTestDatabase, TestDatabase } from '@ita/server/testing';
import { seedReferenceData } from './seed-reference-data';

describe('seedReferenceData', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  }, 60_000);
  afterAll(() => db?.close());

  const count = async (table: string) => (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('loads the registry shipped with the project', async () => {
    expect(await count('provinces')).toBe(77);
    expect(await count('districts')).toBe(928);
    expect(await count('organisations')).toBe(7849);
    expect(await count('fiscal_years')).toBe(7);
    expect(await count('indicators')).toBe(70);
    const byType = await db.dataSource.query(`SELECT org_type, count(*)::int AS n FROM organisations GROUP BY 1 ORDER BY 1`);
    expect(byType).toEqual([
      { org_type: 'CITY_MUNICIPALITY', n: 30 },
      { org_type: 'PAO', n: 76 },
      { org_type: 'SAO', n: 5300 },
      { org_type: 'SPECIAL', n: 1 },
      { org_type: 'SUBDISTRICT_MUNICIPALITY', n: 2247 },
      { org_type: 'TOWN_MUNICIPALITY', n: 195 },
    ]);
    // Upgraded อบต. keep their 6-prefixed codes: the type comes from the registry, not the first digit.
    const upgraded = await db.dataSource.query(
      `SELECT code, org_type FROM organisations WHERE code IN ('6130408', '6720123') ORDER BY code`,
    );
    expect(upgraded).toEqual([
      { code: '6130408', org_type: 'SUBDISTRICT_MUNICIPALITY' },
      { code: '6720123', org_type: 'SUBDISTRICT_MUNICIPALITY' },
    ]);
    const [weights] = await db.dataSource.query(
      `SELECT weight_iit::text, weight_eit::text, weight_oit::text, rubric_code FROM fiscal_years WHERE fiscal_year = 2568`,
    );
    expect(weights).toEqual({ weight_iit: '0.300', weight_eit: '0.300', weight_oit: '0.400', rubric_code: 'PASS_LEVELS' });
  });

  it('is idempotent: a second run touches no row', async () => {
    const before = await db.dataSource.query(`SELECT max(updated_at) AS t, count(*)::int AS n FROM organisations`);
    const xminBefore = await db.dataSource.query(`SELECT sum(xmin::text::bigint)::text AS s FROM provinces`);
    await seedReferenceData(db.dataSource);
    expect(await db.dataSource.query(`SELECT max(updated_at) AS t, count(*)::int AS n FROM organisations`)).toEqual(before);
    expect(await db.dataSource.query(`SELECT sum(xmin::text::bigint)::text AS s FROM provinces`)).toEqual(xminBefore);
  });

  it('restores registry fields and keeps organisations a newer registry no longer lists', async () => {
    await db.dataSource.query(`UPDATE organisations SET name_th = 'ชื่อผิด' WHERE code = '5451607'`);
    await db.dataSource.query(
      `INSERT INTO organisations (code, name_th, name_match, org_type, province_code) VALUES ('6459999', 'ยุบแล้ว', 'ยุบแล้ว', 'SAO', '45')`,
    );
    await seedReferenceData(db.dataSource);
    const rows = await db.dataSource.query(
      `SELECT code, name_th, in_registry FROM organisations WHERE code IN ('5451607', '6459999') ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: '5451607', name_th: 'โพธิ์ทอง', in_registry: true },
      { code: '6459999', name_th: 'ยุบแล้ว', in_registry: false },
    ]);
  });
});
