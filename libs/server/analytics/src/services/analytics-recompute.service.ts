import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DATABASE_CONNECTION, type DatabaseConnection } from '@ita/server/database';
import { DataSource, EntityManager } from 'typeorm';
import { AnalyticsCache } from '../cache/analytics-cache';
import { mergeStagedOrgYearSql, ORG_YEAR_STAGE_TABLE } from '../sql/org-year-stage.sql';
import { createPeerGroupsSql, PEER_GROUPS_TABLE } from '../sql/peer-groups.sql';
import { recomputeOrgYearSql } from '../sql/recompute-org-year.sql';
import { recomputeScopeIndicatorSql } from '../sql/recompute-scope-indicator.sql';
import { recomputeScopeYearSql } from '../sql/recompute-scope-year.sql';
import { applyRecomputeSettings } from './recompute-settings';
import { stageOrgYears, withFourBefore } from './stage-org-years';

export interface RecomputeOutcome {
  runId: number;
  fiscalYears: number[];
  rows: number;
  durationMs: number;
}

// Two runs for overlapping years must not interleave their writes.
const ANALYTICS_LOCK = 7_849_0002;

/**
 * The years whose organisation rows a second connection computes (into the stage table), while the run's transaction
 * computes the other years' and the scope tables (each statement runs on one core): none when there is one year or
 * one connection (the embedded PGlite); else the earlier ~70% (the transaction also computes every year's peer groups
 * and scope rows, then merges the staged rows), at least one year for each side.
 */
export function yearsForSecondConnection(years: number[], poolSize: number): number[] {
  if (poolSize < 2 || years.length < 2) return [];
  return years.slice(0, Math.min(years.length - 1, Math.round(years.length * 0.7)));
}

/**
 * Recomputes the derived tables of the given fiscal years in one transaction (readers never see a half-computed
 * year), then invalidates the cached answers. Deterministic: a re-run on unchanged data computes the same rows, and
 * writes none (each statement merges, touching only rows whose values changed).
 */
@Injectable()
export class AnalyticsRecomputeService {
  private readonly logger = new Logger('AnalyticsRecompute');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly cache: AnalyticsCache,
  ) {}

  async recompute(fiscalYears: number[], importId: string | null = null): Promise<RecomputeOutcome> {
    const years = [...new Set(fiscalYears)].sort();
    const started = Date.now();
    let how = '';
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ANALYTICS_LOCK]);
      // Fresh row counts per year after an import (stale ones misjudge every join); the other columns do not steer these plans.
      // A sample of 9,000 rows instead of 30,000 (room for 30 years among the most common values): ~10 ms instead of ~70.
      await manager.query('SET LOCAL default_statistics_target = 30');
      await manager.query('ANALYZE results (fiscal_year)');
      await applyRecomputeSettings(manager);
      how = await this.computeAll(manager, years);
      const [{ rows }] = await manager.query(
        `SELECT (SELECT count(*) FROM org_year_analytics WHERE fiscal_year = ANY($1::smallint[]))
              + (SELECT count(*) FROM scope_year_analytics WHERE fiscal_year = ANY($1::smallint[]))
              + (SELECT count(*) FROM scope_indicator_analytics WHERE fiscal_year = ANY($1::smallint[])) AS rows`,
        [years],
      );
      const [run] = await manager.query(
        `INSERT INTO analytics_runs (fiscal_years, import_id, rows_written, duration_ms) VALUES ($1, $2, $3, $4) RETURNING id`,
        [years, importId, Number(rows), Date.now() - started],
      );
      return { runId: Number(run.id), fiscalYears: years, rows: Number(rows), durationMs: Date.now() - started };
    });
    await this.cache.invalidate();
    this.logger.log(`Analytics for ${years.join(', ')}: ${outcome.rows} rows in ${outcome.durationMs} ms (${how})`);
    return outcome;
  }

  /**
   * Every derived row of `years`, in the run's transaction; the organisation rows of the years for a second connection
   * are computed there meanwhile (see yearsForSecondConnection) and merged here once staged. Says how it went.
   */
  private async computeAll(manager: EntityManager, years: number[]): Promise<string> {
    const staged = yearsForSecondConnection(years, this.connection.poolSize);
    if (staged.length === 0) {
      await this.computeInTransaction(manager, years, years);
      return 'one connection';
    }
    const staging = settled(stageOrgYears(this.dataSource, staged));
    try {
      await this.computeInTransaction(
        manager,
        years,
        years.filter((year) => !staged.includes(year)),
      );
      const waitedFrom = Date.now();
      const failure = await staging;
      if (failure) throw failure.error;
      const waited = Date.now() - waitedFrom;
      await manager.query(mergeStagedOrgYearSql, [staged]);
      await manager.query(`TRUNCATE ${ORG_YEAR_STAGE_TABLE}`);
      return `organisation rows of ${staged.join(', ')} on a second connection, waited for ${waited} ms`;
    } finally {
      await staging;
    }
  }

  /** The scope tables of `years`, and the organisation rows of `orgYears` (those not staged by a second connection). */
  private async computeInTransaction(manager: EntityManager, years: number[], orgYears: number[]): Promise<void> {
    // Shared by the organisation and scope-indicator statements; its statistics let the planner size their joins.
    await manager.query(createPeerGroupsSql, [years]);
    await manager.query(`ANALYZE ${PEER_GROUPS_TABLE} (fiscal_year, province_code, org_type)`);
    if (orgYears.length > 0) await manager.query(recomputeOrgYearSql, [orgYears, withFourBefore(orgYears)]);
    for (const sql of [recomputeScopeYearSql, recomputeScopeIndicatorSql]) await manager.query(sql, [years]);
  }
}

/** A promise that never rejects: its failure, or null. Awaited later, so a failure is never left unhandled meanwhile. */
function settled(work: Promise<void>): Promise<{ error: unknown } | null> {
  return work.then(
    () => null,
    (error: unknown) => ({ error }),
  );
}
