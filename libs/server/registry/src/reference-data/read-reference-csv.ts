import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** The registry files shipped with the project (copies of shared/data; see data/SOURCES.md). */
export const REFERENCE_DATA_DIR = join(__dirname, '..', '..', 'data');

export function readReferenceCsv<Row extends Record<string, string>>(file: string): Row[] {
  return parse(readFileSync(join(REFERENCE_DATA_DIR, file)), { columns: true, skip_empty_lines: true, trim: true, bom: true });
}
