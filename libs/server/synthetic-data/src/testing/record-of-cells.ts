import type { PublishedField } from '../files/published-field';
import type { PublishedRecord } from '../files/published-record';

/** Cells of a data row → a record by field (empty cells → null), for the domain checks. */
export function recordOfCells(fields: readonly PublishedField[], cells: readonly (string | number | null | undefined)[]): PublishedRecord {
  return Object.fromEntries(fields.map((field, index) => [field, cells[index] === '' || cells[index] === undefined ? null : cells[index]]));
}
