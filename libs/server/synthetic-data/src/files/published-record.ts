import type { PublishedField } from './published-field';

/**
 * One row as a file will show it. Numbers are scores (written with 2 decimals) or the year; strings are written
 * as they are (that is how variants inject "9o.5" or "91.13 %"); null / absent = empty cell.
 */
export type PublishedRecord = Partial<Record<PublishedField, string | number | null>>;
