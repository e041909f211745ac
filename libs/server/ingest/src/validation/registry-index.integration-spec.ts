import { createTestDatabase, TestDatabase } from '@ita/server/testing';
import { RegistryIndex } from './registry-index';

describe('RegistryIndex.current', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 90_000);
  afterAll(() => db?.close());

  it('reuses the index while the registry is unchanged, and builds a new one after an organisation or province changes', async () => {
    const first = await RegistryIndex.current(db.dataSource);
    expect(await RegistryIndex.current(db.dataSource)).toBe(first);
    expect(first.organisation('5451607')?.nameTh).toBe('โพธิ์ทอง');

    await db.dataSource.query(`UPDATE organisations SET name_th = 'โพธิ์ทองใหม่', updated_at = now() WHERE code = '5451607'`);
    const afterRename = await RegistryIndex.current(db.dataSource);
    expect(afterRename).not.toBe(first);
    expect(afterRename.organisation('5451607')?.nameTh).toBe('โพธิ์ทองใหม่');

    await db.dataSource.query(`UPDATE provinces SET name_en = 'Roi-Et' WHERE code = '45'`);
    const afterProvince = await RegistryIndex.current(db.dataSource);
    expect(afterProvince).not.toBe(afterRename);
    expect(afterProvince.findProvince('Roi-Et')?.code).toBe('45');
  });
});
