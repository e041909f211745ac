import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cheaper reference checks on the tables written thousands of rows at a time.
 * results, by every import:
 * PostgreSQL checks a foreign key with one lookup per written row; results had four, which made up about half of
 * loading a national year (~7,700 rows: 190 ms with them, 72 ms without, measured on the synthetic FY2566).
 * - Organisation and province: one composite key (organisation_code, province_code) → organisations. One lookup
 *   instead of two, and stronger than before: a result's province is its organisation's (the province itself is
 *   checked by organisations' own key). ON UPDATE CASCADE: a registry update that moves an organisation moves its
 *   results with it, which is what province-scoped reading needs.
 * - Fiscal year and import: checked once per statement, over the distinct values the statement wrote (transition
 *   tables), by constraint triggers; deleting a fiscal year or an import that results still use is refused.
 * org_year_analytics, by every analytics run: its organisation key went (~0.2 s of the ~0.5 s of writing all seven
 * years' rows). Its rows are derived from results, which keeps that key, and the run deletes the rows of results
 * that are gone, so the key could never fail.
 * import_files:
 * - The stored upload is kept uncompressed (EXTERNAL): compressing ~1 MB on every submit cost 15–25 ms, for files
 *   kept only until their import is done with.
 */
export class BulkWriteReferenceChecks1764100000000 implements MigrationInterface {
  name = 'BulkWriteReferenceChecks1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX organisations_code_province_key ON organisations (code, province_code)`);
    await q.query(`
      ALTER TABLE results
        DROP CONSTRAINT results_organisation_code_fkey,
        DROP CONSTRAINT results_province_code_fkey,
        DROP CONSTRAINT results_fiscal_year_fkey,
        DROP CONSTRAINT results_import_id_fkey,
        ADD CONSTRAINT results_organisation_fkey FOREIGN KEY (organisation_code, province_code)
          REFERENCES organisations (code, province_code) ON UPDATE CASCADE`);
    await q.query(`
      CREATE FUNCTION results_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        missing text;
      BEGIN
        SELECT n.fiscal_year::text INTO missing FROM (SELECT DISTINCT fiscal_year FROM written) n
        WHERE NOT EXISTS (SELECT 1 FROM fiscal_years f WHERE f.fiscal_year = n.fiscal_year) LIMIT 1;
        IF missing IS NOT NULL THEN
          RAISE EXCEPTION 'results: fiscal year % is not in fiscal_years', missing USING ERRCODE = 'foreign_key_violation';
        END IF;
        SELECT n.import_id::text INTO missing FROM (SELECT DISTINCT import_id FROM written) n
        WHERE NOT EXISTS (SELECT 1 FROM imports i WHERE i.id = n.import_id) LIMIT 1;
        IF missing IS NOT NULL THEN
          RAISE EXCEPTION 'results: import % is not in imports', missing USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
      END $$`);
    // A trigger with transition tables has one event: one for inserts (and COPY), one for updates.
    for (const event of ['INSERT', 'UPDATE']) {
      await q.query(`
        CREATE TRIGGER results_references_${event.toLowerCase()} AFTER ${event} ON results
        REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION results_check_references()`);
    }
    await q.query(`
      CREATE FUNCTION refuse_delete_used_by_results() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        used boolean;
      BEGIN
        -- OLD has the columns of the table the trigger is on only: one query per table.
        IF TG_TABLE_NAME = 'fiscal_years' THEN
          used := EXISTS (SELECT 1 FROM results WHERE fiscal_year = (to_jsonb(OLD) ->> 'fiscal_year')::smallint);
        ELSE
          used := EXISTS (SELECT 1 FROM results WHERE import_id = (to_jsonb(OLD) ->> 'id')::uuid);
        END IF;
        IF used THEN
          RAISE EXCEPTION '%: a row that results still refer to cannot be deleted', TG_TABLE_NAME USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN OLD;
      END $$`);
    for (const table of ['fiscal_years', 'imports']) {
      await q.query(
        `CREATE TRIGGER ${table}_used_by_results BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_delete_used_by_results()`,
      );
    }
    await q.query(`ALTER TABLE org_year_analytics DROP CONSTRAINT org_year_analytics_organisation_code_fkey`);
    await q.query(`ALTER TABLE import_files ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_files ALTER COLUMN content SET STORAGE EXTENDED`);
    await q.query(
      `ALTER TABLE org_year_analytics ADD CONSTRAINT org_year_analytics_organisation_code_fkey FOREIGN KEY (organisation_code) REFERENCES organisations (code)`,
    );
    for (const table of ['fiscal_years', 'imports']) await q.query(`DROP TRIGGER ${table}_used_by_results ON ${table}`);
    await q.query(`DROP FUNCTION refuse_delete_used_by_results()`);
    for (const event of ['insert', 'update']) await q.query(`DROP TRIGGER results_references_${event} ON results`);
    await q.query(`DROP FUNCTION results_check_references()`);
    await q.query(`
      ALTER TABLE results
        DROP CONSTRAINT results_organisation_fkey,
        ADD CONSTRAINT results_organisation_code_fkey FOREIGN KEY (organisation_code) REFERENCES organisations (code),
        ADD CONSTRAINT results_province_code_fkey FOREIGN KEY (province_code) REFERENCES provinces (code),
        ADD CONSTRAINT results_fiscal_year_fkey FOREIGN KEY (fiscal_year) REFERENCES fiscal_years (fiscal_year),
        ADD CONSTRAINT results_import_id_fkey FOREIGN KEY (import_id) REFERENCES imports (id)`);
    await q.query(`DROP INDEX organisations_code_province_key`);
  }
}
