export interface DerivedTable {
  table: string;
  keys: readonly string[];
  columns: readonly string[];
  /** When set: a condition on `t` (a row of the table for the years $1) true for the keys `source` cannot produce. */
  vanished?: string;
}

/**
 * Brings `table` for the fiscal years $1 to the rows of `source` (one per key; keys then columns, in order, typed as
 * the table's columns): inserts new keys, updates rows whose values changed, deletes keys `source` no longer has.
 * Unchanged rows are left alone, so a re-run on unchanged data writes nothing (no dead rows, no WAL, no
 * foreign-key checks). Without `vanished`, a full join with the table's keys finds those to delete.
 */
export function mergeChanged({ table, keys, columns, vanished }: DerivedTable, source: string): string {
  const list = (prefix: string, names: readonly string[]) => names.map((name) => `${prefix}${name}`).join(', ');
  const sameKey = (a: string, b: string) => keys.map((key) => `${a}.${key} = ${b}.${key}`).join(' AND ');
  const named = `(${source}) f(${[...keys, ...columns].join(', ')})`;
  const rows = vanished
    ? `SELECT *, false AS gone FROM ${named}`
    : `SELECT ${keys.map((key) => `COALESCE(f.${key}, o.${key}) AS ${key}`).join(', ')}, ${list('f.', columns)}, f.${keys[0]} IS NULL AS gone
    FROM ${named}
    FULL JOIN (SELECT ${keys.join(', ')} FROM ${table} WHERE fiscal_year = ANY($1::smallint[])) o ON ${sameKey('o', 'f')}`;
  return `
  ${vanished ? `WITH vanished AS (DELETE FROM ${table} t WHERE t.fiscal_year = ANY($1::smallint[]) AND ${vanished})` : ''}
  MERGE INTO ${table} t
  USING (${rows}) s ON ${sameKey('t', 's')}
  WHEN MATCHED AND s.gone THEN DELETE
  WHEN MATCHED AND (${list('t.', columns)}) IS DISTINCT FROM (${list('s.', columns)}) THEN
    UPDATE SET (${columns.join(', ')}) = (${list('s.', columns)})
  WHEN NOT MATCHED THEN INSERT (${keys.join(', ')}, ${columns.join(', ')}) VALUES (${list('s.', keys)}, ${list('s.', columns)})`;
}
