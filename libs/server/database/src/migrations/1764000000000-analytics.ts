import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Derived tables the analytics job recomputes (set-based, one transaction per run) after every import:
 * per organisation × year, per scope × year × metric, per scope × year × indicator; and the run log, whose
 * latest id per fiscal year versions the query cache.
 */
export class Analytics1764000000000 implements MigrationInterface {
  name = 'Analytics1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_runs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        fiscal_years smallint[] NOT NULL,
        import_id uuid REFERENCES imports (id) ON DELETE SET NULL,
        rows_written integer NOT NULL,
        duration_ms integer NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE org_year_analytics (
        organisation_code text NOT NULL REFERENCES organisations (code),
        fiscal_year smallint NOT NULL,
        province_code text NOT NULL,
        org_type text NOT NULL,
        region text NOT NULL,
        total numeric(5, 2) NOT NULL,
        delta_total numeric(6, 2),
        delta_iit numeric(6, 2),
        delta_eit numeric(6, 2),
        delta_oit numeric(6, 2),
        delta_indicators numeric(6, 2)[],
        -- weighted contribution of each indicator to delta_total (indicator change × its weight in the total)
        contributions numeric(7, 3)[],
        rank_national integer NOT NULL,
        percentile_national double precision NOT NULL,
        rank_province integer NOT NULL,
        percentile_province double precision NOT NULL,
        rank_type integer NOT NULL,
        percentile_type double precision NOT NULL,
        rank_province_type integer NOT NULL,
        percentile_province_type double precision NOT NULL,
        -- indicators whose score is the organisation's lowest (ties: all of them)
        weakest_indicators smallint[] NOT NULL,
        -- score − median of the same type in the same province, per indicator (NULL where either is missing)
        gaps_to_peer_median numeric(6, 2)[],
        trend_years smallint NOT NULL,
        trend_slope double precision,
        trend_class text CHECK (trend_class IN ('IMPROVING', 'DECLINING', 'STABLE')),
        PRIMARY KEY (organisation_code, fiscal_year)
      )`);
    await q.query(`CREATE INDEX org_year_analytics_year_idx ON org_year_analytics (fiscal_year, province_code, org_type)`);
    await q.query(`
      CREATE TABLE scope_year_analytics (
        scope_kind text NOT NULL CHECK (scope_kind IN ('NATIONAL', 'REGION', 'PROVINCE', 'TYPE', 'PROVINCE_TYPE')),
        scope_key text NOT NULL,
        fiscal_year smallint NOT NULL,
        metric text NOT NULL,
        count integer NOT NULL,
        mean double precision NOT NULL,
        median double precision NOT NULL,
        p25 double precision NOT NULL,
        p75 double precision NOT NULL,
        min double precision NOT NULL,
        max double precision NOT NULL,
        stddev double precision,
        share_at_least_85 double precision NOT NULL,
        delta_mean double precision,
        level_counts jsonb,
        PRIMARY KEY (scope_kind, scope_key, fiscal_year, metric)
      )`);
    await q.query(`
      CREATE TABLE scope_indicator_analytics (
        scope_kind text NOT NULL,
        scope_key text NOT NULL,
        fiscal_year smallint NOT NULL,
        indicator smallint NOT NULL,
        rank integer NOT NULL,
        mean_score double precision NOT NULL,
        share_weakest double precision NOT NULL,
        PRIMARY KEY (scope_kind, scope_key, fiscal_year, indicator)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scope_indicator_analytics`);
    await q.query(`DROP TABLE scope_year_analytics`);
    await q.query(`DROP TABLE org_year_analytics`);
    await q.query(`DROP TABLE analytics_runs`);
  }
}
