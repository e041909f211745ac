import { columnLetter } from '../files/column-letter';
import { encodeText } from '../files/encode-text';
import { FIELD_HEADERS } from '../files/field-headers';
import { formatCell } from '../files/format-cell';
import type { PublishedField } from '../files/published-field';
import type { PublishedRecord } from '../files/published-record';
import type { TextEncoding } from '../files/text-encoding';
import { toCsvText } from '../files/to-csv-text';

export interface CsvTableOptions {
  readonly fields: readonly PublishedField[];
  readonly records: readonly PublishedRecord[];
  /** Header text per field where it differs from the clean files. */
  readonly headers?: Partial<Record<PublishedField, string>>;
  /** Rows above the header (titles); padded with empty fields to the table's width. */
  readonly titles?: readonly string[];
  readonly delimiter?: string;
  readonly lineEnd?: string;
  readonly encoding?: TextEncoding;
  /** Cell text; default: formatCell. */
  readonly cellText?: (field: PublishedField, value: string | number | null | undefined) => string;
}

export interface CsvTable {
  readonly content: Buffer;
  readonly text: string;
  readonly headerRow: number;
  /** 1-based row number of records[index]. */
  rowOf(index: number): number;
  columnOf(field: PublishedField): string;
}

/** A one-table CSV: optional title rows, one header row, the records. */
export function csvTable(options: CsvTableOptions): CsvTable {
  const { fields, records, titles = [], delimiter = ',', lineEnd = '\n', encoding = 'utf-8', cellText = formatCell } = options;
  const pad = (first: string): string[] => [first, ...new Array<string>(fields.length - 1).fill('')];
  const header = fields.map((field) => options.headers?.[field] ?? FIELD_HEADERS[field]);
  const body = records.map((record) => fields.map((field) => cellText(field, record[field])));
  const text = toCsvText([...titles.map(pad), header, ...body], delimiter, lineEnd);
  const headerRow = titles.length + 1;
  return {
    content: encodeText(text, encoding),
    text,
    headerRow,
    rowOf: (index) => headerRow + 1 + index,
    columnOf: (field) => {
      const index = fields.indexOf(field);
      if (index < 0) throw new Error(`No column ${field}`);
      return columnLetter(index);
    },
  };
}
