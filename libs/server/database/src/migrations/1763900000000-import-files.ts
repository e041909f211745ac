import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The uploaded bytes of each import, apart from the imports row so listings stay light. Kept in the database
 * (not on a disk) so that an API and a worker on different machines see the same file, and so a rejected
 * file's rows can be fixed and re-imported.
 */
export class ImportFiles1763900000000 implements MigrationInterface {
  name = 'ImportFiles1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_files (
        import_id uuid PRIMARY KEY REFERENCES imports (id) ON DELETE CASCADE,
        content bytea NOT NULL
      )`);
    await q.query(`CREATE INDEX imports_active_idx ON imports (file_sha256) WHERE status IN ('QUEUED', 'RUNNING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX imports_active_idx`);
    await q.query(`DROP TABLE import_files`);
  }
}
