import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { StoredResultValues, ValidatedResult } from '../validation/validated-result';
import { indicatorArray } from './indicator-array';
import { pgArrayLiteral } from './pg-array-literal';

const VALUE_COLUMNS: [keyof StoredResultValues, string][] = [
  ['totalPublished', 'total_published'],
  ['totalDerived', 'total_derived'],
  ['levelPublished', 'level_published'],
  ['levelDerived', 'level_derived'],
  ['iitPublished', 'iit_published'],
  ['iitPointsPublished', 'iit_points_published'],
  ['iitDerived', 'iit_derived'],
  ['eitPublished', 'eit_published'],
  ['eitPointsPublished', 'eit_points_published'],
  ['eitDerived', 'eit_derived'],
  ['eitPart1', 'eit_part1'],
  ['eitPart2', 'eit_part2'],
  ['oitPublished', 'oit_published'],
  ['oitPointsPublished', 'oit_points_published'],
  ['oitDerived', 'oit_derived'],
];

const COPY_RESULTS = `COPY results (organisation_code, fiscal_year, province_code, ${VALUE_COLUMNS.map(([, c]) => c).join(', ')},
  indicator_scores, findings, import_id, source_file, source_sheet, source_row) FROM STDIN`;

/** Rows are sent in batches of about this many characters: one message each, rather than one per row. */
const BATCH = 64 * 1024;
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A field of COPY's text format: \N for null, backslash, tab and line ends escaped. */
function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPED[c]) : value;
}

function copyLine(r: ValidatedResult, importId: string): string {
  let line = `${copyField(r.organisationCode)}\t${r.fiscalYear}\t${copyField(r.provinceCode)}`;
  for (const [field] of VALUE_COLUMNS) line += `\t${copyField(r.values[field] as string | number | null)}`;
  line += `\t${pgArrayLiteral(indicatorArray(r))}\t${copyField(JSON.stringify(r.values.findings))}\t${importId}`;
  return `${line}\t${copyField(r.source.file)}\t${copyField(r.source.sheet)}\t${r.source.row}\n`;
}

/**
 * A COPY of new results into the results table, in the transaction of the manager it is opened on: what the upsert
 * would store for rows none of which is stored yet (updated_at is the column's default, now()), with less work
 * for the server. Rows go out in batches as they are added, without waiting: the server stores them while the
 * caller goes on. Real PostgreSQL only: COPY breaks the embedded PGlite (see canCopy).
 */
export class ResultsCopy {
  private pending = '';

  private constructor(
    private readonly stream: Writable,
    private readonly done: Promise<void>,
    private readonly importId: string,
  ) {}

  /** Starts the COPY and waits until the server takes data, so that add() sends at once. */
  static async open(manager: EntityManager, importId: string): Promise<ResultsCopy> {
    if (!manager.queryRunner) throw new Error('A COPY of results runs inside a transaction');
    const client = (await manager.queryRunner.connect()) as PoolClient;
    const stream = client.query(copyFrom(COPY_RESULTS));
    const done = finished(stream);
    // Settled here so that a failure is not reported as unhandled before end() or abort() looks at it.
    done.catch(() => undefined);
    // An empty write completes once the server has answered the COPY (data written before that is held back).
    const accepted = new Promise<void>((resolve, reject) => stream.write(Buffer.alloc(0), (error) => (error ? reject(error) : resolve())));
    await Promise.race([accepted, done]);
    return new ResultsCopy(stream, done, importId);
  }

  /** Characters (or bytes) added but not yet taken by the server's connection. */
  get backlog(): number {
    return this.pending.length + this.stream.writableLength;
  }

  add(result: ValidatedResult): void {
    this.pending += copyLine(result, this.importId);
    if (this.pending.length >= BATCH) this.send();
  }

  /** Sends the rest and waits until the server has stored every row. */
  async end(): Promise<void> {
    this.send();
    this.stream.end();
    await this.done;
  }

  /** Gives the COPY up: the server fails it, and the caller rolls the transaction back. */
  async abort(): Promise<void> {
    this.stream.destroy(new Error('COPY of results abandoned'));
    await this.done.catch(() => undefined);
  }

  private send(): void {
    if (!this.pending) return;
    this.stream.write(this.pending);
    this.pending = '';
  }
}
