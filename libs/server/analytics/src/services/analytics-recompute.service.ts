import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnalyticsCache } from '../cache/analytics-cache';
import { createPeerGroupsSql, PEER_GROUPS_TABLE } from '../sql/peer-groups.sql';
import { recomputeOrgYearSql } from '../sql/recompute-org-year.sql';
import { recomputeScopeIndicatorSql } from '../sql/recompute-scope-indicator.sql';
import { recomputeScopeYearSql } from '../sql/recompute-scope-year.sql';

export interface RecomputeOutcome {
  runId: number;
  fiscalYears: number[];
  rows: number;
  durationMs: number;
}

// Two runs for overlapping years must not interleave their writes.
const ANALYTICS_LOCK = 7_849_0002;

/** The years and the four before each: the trend looks back five years. */
function withFourBefore(years: number[]): number[] {
  return [...new Set(years.flatMap((y) => [y - 4, y - 3, y - 2, y - 1, y]))].sort();
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
    private readonly cache: AnalyticsCache,
  ) {}

  async recompute(fiscalYears: number[], importId: string | null = null): Promise<RecomputeOutcome> {
    const years = [...new Set(fiscalYears)].sort();
    const started = Date.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ANALYTICS_LOCK]);
      // Fresh row counts per year after an import (stale ones misjudge every join); the other columns do not steer these plans.
      // A sample of 9,000 rows instead of 30,000 (room for 30 years among the most common values): ~10 ms instead of ~70.
      await manager.query('SET LOCAL default_statistics_target = 30');
      await manager.query('ANALYZE results (fiscal_year)');
      // Sorts and hashes fit in memory; every join is an equi-join of whole sets, where estimates on derived rows can be
      // off by orders of magnitude, so hash joins only; JIT compiling would cost more than these statements run.
      for (const setting of [`work_mem = '64MB'`, 'enable_nestloop = off', 'enable_mergejoin = off', 'jit = off'])
        await manager.query(`SET LOCAL ${setting}`);
      // Shared by the organisation and scope-indicator statements; its statistics let the planner size their joins.
      await manager.query(createPeerGroupsSql, [years]);
      await manager.query(`ANALYZE ${PEER_GROUPS_TABLE} (fiscal_year, province_code, org_type)`);
      await manager.query(recomputeOrgYearSql, [years, withFourBefore(years)]);
      for (const sql of [recomputeScopeYearSql, recomputeScopeIndicatorSql]) await manager.query(sql, [years]);
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
    this.logger.log(`Analytics for ${years.join(', ')}: ${outcome.rows} rows in ${outcome.durationMs} ms`);
    return outcome;
  }
}
