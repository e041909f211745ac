/**
 * A PostgreSQL array literal ('{91.5,NULL,"a \"b\""}') for a one-dimensional array parameter, cast in the SQL
 * ($1::numeric[], $2::text[]). The same text node-postgres would send for a JavaScript array, without its
 * per-element escaping of numbers, which cost more than the statement's own work on a national file.
 */
export function pgArrayLiteral(values: readonly (string | number | null | undefined)[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) literal += ',';
    if (value === null || value === undefined) literal += 'NULL';
    else if (typeof value === 'number') literal += String(value);
    else literal += `"${value.replace(/[\\"]/g, '\\$&')}"`;
  }
  return `${literal}}`;
}
