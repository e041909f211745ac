import type { DataSource } from 'typeorm';
import { ORG_YEAR_STAGE_TABLE, stageOrgYearSql } from '../sql/org-year-stage.sql';
import { createPeerGroupsSql, PEER_GROUPS_TABLE } from '../sql/peer-groups.sql';
import { applyRecomputeSettings } from './recompute-settings';

/** The years and the four before each: the trend looks back five years. */
export function withFourBefore(years: number[]): number[] {
  return [...new Set(years.flatMap((y) => [y - 4, y - 3, y - 2, y - 1, y]))].sort();
}

/**
 * Computes the organisation rows of `years` into the stage table on a connection of its own, and commits them there;
 * the run that asked (holding the analytics lock, so no other run touches the stage meanwhile) merges them in its
 * own transaction. The stage is emptied first: rows of an earlier run that failed before merging are not this run's.
 */
export async function stageOrgYears(dataSource: DataSource, years: number[]): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    await applyRecomputeSettings(runner);
    await runner.query(`TRUNCATE ${ORG_YEAR_STAGE_TABLE}`);
    await runner.query(createPeerGroupsSql, [years]);
    await runner.query(`ANALYZE ${PEER_GROUPS_TABLE} (fiscal_year, province_code, org_type)`);
    await runner.query(stageOrgYearSql, [years, withFourBefore(years)]);
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
