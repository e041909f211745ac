import type { DataSource, QueryRunner } from 'typeorm';
import type { ValidatedResult } from '../validation/validated-result';
import { IMPORT_WRITE_LOCK } from './import-write-lock';
import { ResultsCopy } from './results-copy';

const MAX_BACKLOG = 8 * 1024 * 1024;

/**
 * Copies results into the table while the file is still being checked, so that the server stores them on its
 * own core while this process checks the next rows (real PostgreSQL only, see canCopy). It opens the transaction
 * that writeValidatedRows then continues, takes the import write lock and reads which organisations already have
 * a result for the years the file names. A result offered for one of those years whose organisation and year is
 * not stored goes into the COPY at once; every other result is left to writeValidatedRows, which compares it with
 * what is stored. A file that the checks reject is rolled back whole (abandon), as if nothing had been copied.
 */
export class EarlyResultCopy {
  /** The results in the COPY: writeValidatedRows counts them as written and leaves them alone. */
  readonly copied = new Set<ValidatedResult>();
  private handedOver = false;

  private constructor(
    readonly runner: QueryRunner,
    private readonly copy: ResultsCopy,
    private readonly years: ReadonlySet<number>,
    /** `code|year` of the results stored, and of those offered (a later row of the same organisation and year is not kept). */
    private readonly taken: Set<string>,
  ) {}

  static async open(dataSource: DataSource, importId: string, fiscalYears: readonly number[]): Promise<EarlyResultCopy> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_WRITE_LOCK]);
      const stored: { key: string }[] = await runner.query(
        `SELECT organisation_code || '|' || fiscal_year AS key FROM results WHERE fiscal_year = ANY($1::smallint[])`,
        [fiscalYears],
      );
      const copy = await ResultsCopy.open(runner.manager, importId);
      return new EarlyResultCopy(runner, copy, new Set(fiscalYears), new Set(stored.map((s) => s.key)));
    } catch (error) {
      await EarlyResultCopy.close(runner);
      throw error;
    }
  }

  /** Called with each result as soon as its row passes the checks, in the order of the file. */
  readonly offer = (result: ValidatedResult): void => {
    const key = `${result.organisationCode}|${result.fiscalYear}`;
    // Only the first row of an organisation and year counts, whether it is copied or left to the write.
    if (this.taken.has(key)) return;
    this.taken.add(key);
    // When the server falls behind, the rest waits for the write rather than in this process's memory.
    if (!this.years.has(result.fiscalYear) || this.copy.backlog > MAX_BACKLOG) return;
    this.copied.add(result);
    this.copy.add(result);
  };

  /**
   * Waits until the server has stored every copied row. The transaction stays open for the rest of the write,
   * which from here owns it (commit or rollback, and release of the runner).
   */
  async finish(): Promise<ReadonlySet<ValidatedResult>> {
    this.handedOver = true;
    await this.copy.end();
    return this.copied;
  }

  /** Rolls everything back and gives the connection back; nothing to do once finish() has handed the transaction over. */
  async abandon(): Promise<void> {
    if (this.handedOver) return;
    this.handedOver = true;
    await this.copy.abort();
    await EarlyResultCopy.close(this.runner);
  }

  private static async close(runner: QueryRunner): Promise<void> {
    try {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  }
}
