import { EntityManager } from 'typeorm';
import type { StoredResultValues, ValidatedItemScore, ValidatedResult } from '../validation/validated-result';
import { archiveResultsSql } from './archive-results.sql';
import { existingResultsSql } from './existing-results.sql';
import { copyNewResults } from './copy-new-results';
import { indicatorArray } from './indicator-array';
import { pgArrayLiteral } from './pg-array-literal';
import { RESULT_VALUE_COLUMNS } from './result-value-columns';
import { upsertItemScoresSql } from './upsert-item-scores.sql';
import { upsertResultsSql } from './upsert-results.sql';

export interface WriteOutcome {
  /** Inserted or updated results. */
  written: number;
  /** Results already stored with exactly these values: left untouched (provenance stays with the import that set them). */
  unchanged: number;
  /** Of the written, how many replaced a stored result (the old one went to result_history). */
  superseded: number;
  items: number;
  fiscalYears: number[];
}

export interface WriteOptions {
  /** Load results that are all new with COPY instead of the upsert: only on the real PostgreSQL, never on PGlite. */
  copy?: boolean;
}

const CHUNK = 20_000;
// Serialises the write phase of concurrent imports: the compare-then-write below must see a stable table.
const IMPORT_WRITE_LOCK = 7_849_0001;

/**
 * Writes validated rows inside the caller's transaction with a few set-based statements per chunk:
 * compare with what is stored, archive what will be replaced, upsert results (or COPY them when none of the
 * chunk's changes replaces a stored one and the server takes COPY), replace indicator scores.
 */
export async function writeValidatedRows(
  manager: EntityManager,
  importId: string,
  results: ValidatedResult[],
  items: ValidatedItemScore[],
  onProgress: (written: number) => Promise<void> = async () => undefined,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_WRITE_LOCK]);
  let written = 0;
  let unchanged = 0;
  let superseded = 0;
  const years = new Set<number>();
  for (let start = 0; start < results.length; start += CHUNK) {
    const chunk = results.slice(start, start + CHUNK);
    const stored = new Map<string, string>();
    const existing: Record<string, string | number | null>[] = await manager.query(existingResultsSql, [
      pgArrayLiteral(chunk.map((r) => r.organisationCode)),
      pgArrayLiteral(chunk.map((r) => r.fiscalYear)),
    ]);
    for (const row of existing) stored.set(`${row.organisationCode}|${row.fiscalYear}`, fingerprintOfStored(row));
    const changed: ValidatedResult[] = [];
    const replaced: ValidatedResult[] = [];
    for (const r of chunk) {
      const before = stored.get(`${r.organisationCode}|${r.fiscalYear}`);
      if (before === undefined) changed.push(r);
      else if (before !== fingerprintOf(r)) {
        changed.push(r);
        replaced.push(r);
      }
    }
    unchanged += chunk.length - changed.length;
    if (changed.length) {
      if (replaced.length) {
        await manager.query(archiveResultsSql, [
          pgArrayLiteral(replaced.map((r) => r.organisationCode)),
          pgArrayLiteral(replaced.map((r) => r.fiscalYear)),
          importId,
        ]);
      }
      if (options.copy && !replaced.length) await copyNewResults(manager, importId, changed);
      else await manager.query(upsertResultsSql, upsertParameters(changed, importId));
      for (const r of changed) years.add(r.fiscalYear);
    }
    written += changed.length;
    superseded += replaced.length;
    await onProgress(written + unchanged);
  }
  let itemCount = 0;
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const rows: unknown[] = await manager.query(`${upsertItemScoresSql} RETURNING fiscal_year`, [
      chunk.map((i) => i.organisationCode),
      chunk.map((i) => i.fiscalYear),
      chunk.map((i) => i.itemCode),
      chunk.map((i) => i.provinceCode),
      chunk.map((i) => i.score),
      importId,
      chunk.map((i) => i.source.file),
      chunk.map((i) => i.source.sheet),
      chunk.map((i) => i.source.row),
    ]);
    itemCount += rows.length;
    for (const i of chunk) years.add(i.fiscalYear);
  }
  return { written, unchanged, superseded, items: itemCount, fiscalYears: [...years].sort() };
}

const valueFields = RESULT_VALUE_COLUMNS.map(([field]) => field);

/** What makes a result "the same": every stored value and indicator score, compared as numbers. */
function fingerprintOf(r: ValidatedResult): string {
  const values = valueFields.map((f) => normalise(r.values[f]));
  return JSON.stringify([r.provinceCode, ...values, indicatorArray(r)]);
}

function fingerprintOfStored(row: Record<string, string | number | null>): string {
  const values = valueFields.map((f) => normalise(row[f]));
  const indicators = String(row.indicatorScores ?? '{}')
    .replace(/[{}]/g, '')
    .split(',')
    .filter(Boolean)
    .map((s) => (s === 'NULL' ? null : Number(s)));
  return JSON.stringify([row.provinceCode, ...values, indicators]);
}

function normalise(value: string | number | null | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const n = Number(value);
  return value.trim() !== '' && !Number.isNaN(n) && /^-?\d+(\.\d+)?$/.test(value) ? n : value;
}

/** Each column as one array literal: node-postgres's own serialisation of large arrays costs more than the statement. */
function upsertParameters(rows: ValidatedResult[], importId: string): unknown[] {
  const col = (pick: (r: ValidatedResult) => string | number | null) => pgArrayLiteral(rows.map(pick));
  const v = (f: keyof Omit<StoredResultValues, 'findings'>) => col((r) => r.values[f]);
  return [
    col((r) => r.organisationCode),
    col((r) => r.fiscalYear),
    col((r) => r.provinceCode),
    ...RESULT_VALUE_COLUMNS.map(([field]) => v(field)),
    col((r) => JSON.stringify(r.values.findings)),
    importId,
    col((r) => r.source.file),
    col((r) => r.source.sheet),
    col((r) => r.source.row),
    col((r) => pgArrayLiteral(indicatorArray(r))),
  ];
}
