import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data model: the registry (provinces, districts, organisations), the assessment frameworks per fiscal
 * year, imports, results with published and derived values side by side, indicator scores (in the result row), item scores, and the
 * history of superseded results. Written for PostgreSQL 15 (and PGlite, which is 18).
 */
export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE provinces (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        name_th text NOT NULL,
        name_en text NOT NULL,
        region_th text NOT NULL,
        region_en text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE districts (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
        province_code text NOT NULL REFERENCES provinces (code),
        name_th text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`CREATE INDEX districts_province_idx ON districts (province_code)`);
    await q.query(`
      CREATE TABLE organisations (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{7}$'),
        name_th text NOT NULL,
        name_match text NOT NULL,
        org_type text NOT NULL CHECK (org_type IN ('PAO', 'CITY_MUNICIPALITY', 'TOWN_MUNICIPALITY',
          'SUBDISTRICT_MUNICIPALITY', 'SAO', 'SPECIAL')),
        province_code text NOT NULL REFERENCES provinces (code),
        district_code text REFERENCES districts (code),
        in_registry boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organisations_province_type_idx ON organisations (province_code, org_type)`);
    await q.query(`CREATE INDEX organisations_type_idx ON organisations (org_type)`);
    await q.query(`CREATE INDEX organisations_name_match_idx ON organisations (name_match, province_code)`);

    await q.query(`
      CREATE TABLE fiscal_years (
        fiscal_year smallint PRIMARY KEY CHECK (fiscal_year >= 2561),
        rubric_code text NOT NULL,
        weight_iit numeric(4, 3) NOT NULL,
        weight_eit numeric(4, 3) NOT NULL,
        weight_oit numeric(4, 3) NOT NULL,
        framework jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE indicators (
        fiscal_year smallint NOT NULL REFERENCES fiscal_years (fiscal_year),
        indicator smallint NOT NULL CHECK (indicator > 0),
        tool text NOT NULL CHECK (tool IN ('IIT', 'EIT', 'OIT')),
        name_th text NOT NULL,
        name_en text NOT NULL,
        PRIMARY KEY (fiscal_year, indicator)
      )`);

    await q.query(`
      CREATE TABLE imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
        file_size bigint NOT NULL CHECK (file_size >= 0),
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'IMPORTED', 'REJECTED', 'DRY_RUN_OK', 'FAILED')),
        options jsonb NOT NULL DEFAULT '{}',
        fiscal_years smallint[] NOT NULL DEFAULT '{}',
        rows_read integer NOT NULL DEFAULT 0,
        rows_imported integer NOT NULL DEFAULT 0,
        rows_unchanged integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        report jsonb,
        rejected_rows jsonb NOT NULL DEFAULT '[]',
        requested_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX imports_sha256_idx ON imports (file_sha256)`);
    await q.query(`CREATE INDEX imports_created_idx ON imports (created_at DESC)`);

    // total/level/iit/eit/oit are what every query reads: the published value where the file gave one,
    // else the derived one. Generated columns keep that rule in one place.
    await q.query(`
      CREATE TABLE results (
        organisation_code text NOT NULL REFERENCES organisations (code),
        fiscal_year smallint NOT NULL REFERENCES fiscal_years (fiscal_year),
        province_code text NOT NULL REFERENCES provinces (code),
        total_published numeric(5, 2) CHECK (total_published BETWEEN 0 AND 100),
        total_derived numeric(5, 2) CHECK (total_derived BETWEEN 0 AND 100),
        total numeric(5, 2) GENERATED ALWAYS AS (COALESCE(total_published, total_derived)) STORED,
        level_published text,
        level_derived text,
        level text GENERATED ALWAYS AS (COALESCE(level_published, level_derived)) STORED,
        iit_published numeric(5, 2) CHECK (iit_published BETWEEN 0 AND 100),
        iit_points_published numeric(5, 2) CHECK (iit_points_published BETWEEN 0 AND 100),
        iit_derived numeric(5, 2) CHECK (iit_derived BETWEEN 0 AND 100),
        iit numeric(5, 2) GENERATED ALWAYS AS (COALESCE(iit_published, iit_derived)) STORED,
        eit_published numeric(5, 2) CHECK (eit_published BETWEEN 0 AND 100),
        eit_points_published numeric(5, 2) CHECK (eit_points_published BETWEEN 0 AND 100),
        eit_derived numeric(5, 2) CHECK (eit_derived BETWEEN 0 AND 100),
        eit numeric(5, 2) GENERATED ALWAYS AS (COALESCE(eit_published, eit_derived)) STORED,
        eit_part1 numeric(5, 2) CHECK (eit_part1 BETWEEN 0 AND 100),
        eit_part2 numeric(5, 2) CHECK (eit_part2 BETWEEN 0 AND 100),
        -- indicator_scores[n] is indicator n's score as published; NULL where the file gave none. An array in the
        -- row (not a table of its own) because it is always written and read with its result: one national year
        -- is 7,850 rows instead of 86,000, and the organisation views need no join.
        indicator_scores numeric(5, 2)[] NOT NULL DEFAULT '{}'
          CHECK (0 <= ALL (indicator_scores) AND 100 >= ALL (indicator_scores)),
        oit_published numeric(5, 2) CHECK (oit_published BETWEEN 0 AND 100),
        oit_points_published numeric(5, 2) CHECK (oit_points_published BETWEEN 0 AND 100),
        oit_derived numeric(5, 2) CHECK (oit_derived BETWEEN 0 AND 100),
        oit numeric(5, 2) GENERATED ALWAYS AS (COALESCE(oit_published, oit_derived)) STORED,
        findings jsonb NOT NULL DEFAULT '[]',
        import_id uuid NOT NULL REFERENCES imports (id),
        source_file text NOT NULL,
        source_sheet text,
        source_row integer NOT NULL CHECK (source_row > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_code, fiscal_year),
        CONSTRAINT results_has_total CHECK (total_published IS NOT NULL OR total_derived IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX results_year_province_idx ON results (fiscal_year, province_code)`);
    await q.query(`CREATE INDEX results_import_idx ON results (import_id)`);

    await q.query(`
      CREATE TABLE item_scores (
        organisation_code text NOT NULL REFERENCES organisations (code),
        fiscal_year smallint NOT NULL REFERENCES fiscal_years (fiscal_year),
        item_code text NOT NULL CHECK (item_code ~ '^[a-z]+[0-9]+$'),
        province_code text NOT NULL REFERENCES provinces (code),
        score numeric(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
        import_id uuid NOT NULL REFERENCES imports (id),
        source_file text NOT NULL,
        source_sheet text,
        source_row integer NOT NULL CHECK (source_row > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_code, fiscal_year, item_code)
      )`);
    await q.query(`CREATE INDEX item_scores_year_province_idx ON item_scores (fiscal_year, province_code)`);

    // A superseded result (with its indicator scores) as it was, with the import that had set it and the
    // import that replaced it. jsonb keeps old rows readable across later schema changes.
    await q.query(`
      CREATE TABLE result_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_code text NOT NULL REFERENCES organisations (code),
        fiscal_year smallint NOT NULL,
        province_code text NOT NULL REFERENCES provinces (code),
        previous jsonb NOT NULL,
        previous_import_id uuid REFERENCES imports (id),
        superseded_by_import_id uuid REFERENCES imports (id),
        superseded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX result_history_org_year_idx ON result_history (organisation_code, fiscal_year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'result_history',
      'item_scores',
      'results',
      'imports',
      'indicators',
      'fiscal_years',
      'organisations',
      'districts',
      'provinces',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
