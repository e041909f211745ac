import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where an analytics run's second connection puts the organisation rows of the years it computes, for the run's own
 * transaction to merge in (a transaction cannot be shared between connections, a committed table can). Unlogged:
 * its rows live only between the two steps of one run, nothing needs them after a crash.
 */
export class AnalyticsStage1764200000000 implements MigrationInterface {
  name = 'AnalyticsStage1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE analytics_org_year_stage (LIKE org_year_analytics)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_org_year_stage`);
  }
}
