import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Sorts and hashes fit in memory; every join is an equi-join of whole sets, where estimates on derived rows can be
 * off by orders of magnitude, so hash joins only; JIT compiling would cost more than these statements run.
 * For the transaction that runs the recompute statements.
 */
export async function applyRecomputeSettings(connection: Pick<EntityManager | QueryRunner, 'query'>): Promise<void> {
  for (const setting of [`work_mem = '64MB'`, 'enable_nestloop = off', 'enable_mergejoin = off', 'jit = off'])
    await connection.query(`SET LOCAL ${setting}`);
}
