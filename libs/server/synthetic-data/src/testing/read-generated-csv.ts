import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { TextEncoding } from '../files/text-encoding';

/** A generated CSV / TXT file as rows of cells, decoded the way its manifest entry says. */
export function readGeneratedCsv(path: string, encoding: TextEncoding = 'utf-8', delimiter = ','): string[][] {
  const bytes = readFileSync(path);
  const text =
    encoding === 'windows-874'
      ? iconv.decode(bytes, 'windows-874')
      : encoding === 'utf-16le-bom'
        ? bytes.toString('utf16le')
        : bytes.toString('utf8');
  return parse(text.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true });
}
