import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { ValidatedResult } from '../validation/validated-result';
import { indicatorArray } from './indicator-array';
import { pgArrayLiteral } from './pg-array-literal';
import { RESULT_VALUE_COLUMNS } from './result-value-columns';

const COPY_RESULTS = `COPY results (organisation_code, fiscal_year, province_code, ${RESULT_VALUE_COLUMNS.map(([, c]) => c).join(', ')},
  indicator_scores, findings, import_id, source_file, source_sheet, source_row) FROM STDIN`;

const ROWS_PER_CHUNK = 500;
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
  for (const [field] of RESULT_VALUE_COLUMNS) line += `\t${copyField(r.values[field])}`;
  line += `\t${pgArrayLiteral(indicatorArray(r))}\t${copyField(JSON.stringify(r.values.findings))}\t${importId}`;
  return `${line}\t${copyField(r.source.file)}\t${copyField(r.source.sheet)}\t${r.source.row}\n`;
}

function* copyText(rows: ValidatedResult[], importId: string): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    let text = '';
    for (const r of rows.slice(start, start + ROWS_PER_CHUNK)) text += copyLine(r, importId);
    yield text;
  }
}

/**
 * Inserts results none of which is stored yet (no organisation and year of them has a row) with COPY, in the
 * transaction of `manager`: what the upsert would store (updated_at is the column's default, now()), with less
 * work for the server and none of the array building. Real PostgreSQL only: COPY breaks the embedded PGlite.
 */
export async function copyNewResults(manager: EntityManager, importId: string, rows: ValidatedResult[]): Promise<void> {
  if (!manager.queryRunner) throw new Error('copyNewResults runs inside a transaction');
  const client = (await manager.queryRunner.connect()) as PoolClient;
  await pipeline(Readable.from(copyText(rows, importId)), client.query(copyFrom(COPY_RESULTS)));
}
