import type { PublishedField } from './published-field';

/** Text of a cell: scores with exactly 2 decimals, the year and the running number as integers, strings as given. */
export function formatCell(field: PublishedField, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return field === 'fiscal_year' || field === 'seq' ? String(value) : value.toFixed(2);
}
