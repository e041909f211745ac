import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource } from '../create-data-source';
import { startEmbeddedPostgres } from '../embedded/start-embedded-postgres';
import { runAdminQuery } from '../run-admin-query';
import { runMigrations } from '../run-migrations';
import { migrations } from './index';

const expectedTables = [
  'analytics_org_year_stage',
  'analytics_runs',
  'districts',
  'fiscal_years',
  'import_files',
  'imports',
  'indicators',
  'item_scores',
  'org_year_analytics',
  'organisations',
  'provinces',
  'result_history',
  'results',
  'scope_indicator_analytics',
  'scope_year_analytics',
];

/** An empty database: on the DATABASE_URL server when set, else a fresh in-memory PGlite. */
async function emptyDatabase(): Promise<{ dataSource: DataSource; embedded: boolean; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `ita_mig_${randomBytes(4).toString('hex')}`;
    const admin = (sql: string) => runAdminQuery(serverUrl, sql);
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const dataSource = createDataSource({ url: url.toString(), poolSize: 2 });
    await dataSource.initialize();
    return {
      dataSource,
      embedded: false,
      drop: async () => {
        await dataSource.destroy();
        await admin(`DROP DATABASE ${name} WITH (FORCE)`);
      },
    };
  }
  const embedded = await startEmbeddedPostgres();
  const dataSource = createDataSource({ url: embedded.url, poolSize: 1 });
  await dataSource.initialize();
  return {
    dataSource,
    embedded: true,
    drop: async () => {
      await dataSource.destroy();
      await embedded.stop();
    },
  };
}

async function publicTables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe(`migrations on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}`, () => {
  let db: Awaited<ReturnType<typeof emptyDatabase>>;

  beforeAll(async () => {
    db = await emptyDatabase();
  }, 60_000);
  afterAll(() => db?.drop());

  it('apply on an empty database, revert cleanly, and apply again', async () => {
    const applied = await runMigrations(db.dataSource, { poolSize: db.embedded ? 1 : 2 });
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(await publicTables(db.dataSource)).toEqual(expectedTables);

    expect(await runMigrations(db.dataSource, { poolSize: db.embedded ? 1 : 2 })).toEqual([]);

    for (let i = 0; i < migrations.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await publicTables(db.dataSource)).toEqual([]);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM typeorm_migrations')).toEqual([{ n: 0 }]);

    await runMigrations(db.dataSource, { poolSize: db.embedded ? 1 : 2 });
    expect(await publicTables(db.dataSource)).toEqual(expectedTables);
  }, 60_000);

  it('derives total, level and tool scores from published-else-derived in generated columns', async () => {
    await db.dataSource.query(`INSERT INTO provinces VALUES ('45', 'ร้อยเอ็ด', 'Roi Et', 'ภาคตะวันออกเฉียงเหนือ', 'Northeast')`);
    await db.dataSource.query(
      `INSERT INTO organisations (code, name_th, name_match, org_type, province_code) VALUES ('5451607', 'โพธิ์ทอง', 'โพธิ์ทอง', 'SUBDISTRICT_MUNICIPALITY', '45')`,
    );
    await db.dataSource.query(`INSERT INTO fiscal_years VALUES (2566, 'PASS_LEVELS', 0.3, 0.3, 0.4, '{}')`);
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO imports (file_name, file_sha256, file_size, status) VALUES ('a.csv', repeat('a', 64), 10, 'IMPORTED') RETURNING id`,
    );
    await db.dataSource.query(
      `INSERT INTO results (organisation_code, fiscal_year, province_code, total_published, total_derived, level_derived,
         iit_derived, eit_published, eit_derived, oit_derived, import_id, source_file, source_row)
       VALUES ('5451607', 2566, '45', NULL, 99.50, 'ผ่านดีเยี่ยม', 99.71, 98.70, 98.63, 100, $1, 'a.csv', 2)`,
      [id],
    );
    const [row] = await db.dataSource.query(`SELECT total::text, level, iit::text, eit::text, oit::text FROM results`);
    expect(row).toEqual({ total: '99.50', level: 'ผ่านดีเยี่ยม', iit: '99.71', eit: '98.70', oit: '100.00' });

    await expect(
      db.dataSource.query(
        `INSERT INTO results (organisation_code, fiscal_year, province_code, import_id, source_file, source_row)
         VALUES ('5451607', 2566, '45', $1, 'a.csv', 3)`,
        [id],
      ),
    ).rejects.toThrow(/results_has_total/);
    await expect(db.dataSource.query(`UPDATE results SET total_published = 100.01 WHERE organisation_code = '5451607'`)).rejects.toThrow(
      /check constraint/,
    );
  });

  // Uses the rows inserted by the test above.
  it('keeps every result tied to its organisation and that organisation’s province, a known fiscal year and its import', async () => {
    const [{ id }] = await db.dataSource.query(`SELECT id FROM imports LIMIT 1`);
    const insert = (province: string, year: number, importId: string) =>
      db.dataSource.query(
        `INSERT INTO results (organisation_code, fiscal_year, province_code, total_published, import_id, source_file, source_row)
         VALUES ('5451607', $1, $2, 90, $3, 'b.csv', 2)`,
        [year, province, importId],
      );
    await db.dataSource.query(`INSERT INTO provinces VALUES ('30', 'นครราชสีมา', 'Nakhon Ratchasima', 'ภาคตะวันออกเฉียงเหนือ', 'Northeast')`);
    await db.dataSource.query(`INSERT INTO fiscal_years VALUES (2567, 'PASS_LEVELS', 0.3, 0.3, 0.4, '{}')`);
    await expect(insert('30', 2567, id)).rejects.toThrow(/results_organisation_fkey/);
    await expect(insert('45', 2599, id)).rejects.toThrow('results: fiscal year 2599 is not in fiscal_years');
    await expect(insert('45', 2567, '00000000-0000-0000-0000-000000000000')).rejects.toThrow(
      'results: import 00000000-0000-0000-0000-000000000000 is not in imports',
    );
    await expect(db.dataSource.query(`UPDATE results SET fiscal_year = 2598 WHERE organisation_code = '5451607'`)).rejects.toThrow(
      'results: fiscal year 2598 is not in fiscal_years',
    );
    await expect(db.dataSource.query(`DELETE FROM imports WHERE id = $1`, [id])).rejects.toThrow(/results still refer to/);
    await expect(db.dataSource.query(`DELETE FROM fiscal_years WHERE fiscal_year = 2566`)).rejects.toThrow(/results still refer to/);
    await insert('45', 2567, id);
    // A registry update that moves an organisation to another province moves its results with it.
    await db.dataSource.query(`UPDATE organisations SET province_code = '30' WHERE code = '5451607'`);
    expect(await db.dataSource.query(`SELECT DISTINCT province_code FROM results WHERE organisation_code = '5451607'`)).toEqual([
      { province_code: '30' },
    ]);
  });
});
