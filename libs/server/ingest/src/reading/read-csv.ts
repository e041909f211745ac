import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { IssueCode } from '../report/issue-code';
import type { BilingualText } from './bilingual-text';
import { detectDelimiter } from './detect-delimiter';
import { detectTextEncoding } from './detect-text-encoding';
import { fileIssue } from './file-issue';
import { fileSignature } from './file-signature';
import type { FileSource } from './file-source';
import { PlainCsvSplitter } from './plain-csv-splitter';
import { readingMessages } from './reading-messages';
import type { ReadOutcome } from './recognised-sheet';
import { TableBuilder } from './table-builder';
import type { TextEncoding } from './text-encoding';

const SAMPLE_BYTES = 64 * 1024;

const CSV_ERRORS: Partial<Record<string, BilingualText>> = {
  CSV_QUOTE_NOT_CLOSED: { th: 'เครื่องหมายคำพูดเปิดแล้วไม่ปิดจนจบไฟล์', en: 'a quote is opened and never closed' },
  CSV_INVALID_CLOSING_QUOTE: { th: 'มีตัวอักษรต่อท้ายเครื่องหมายคำพูดปิด', en: 'text follows a closing quote' },
  CSV_MAX_RECORD_SIZE: { th: 'แถวยาวผิดปกติ', en: 'a row is far too long' },
};

function decodeSample(head: Buffer, encoding: TextEncoding): string {
  const bytes = encoding.name.startsWith('utf-16') ? head.subarray(0, head.length & ~1) : head;
  return iconv.decode(bytes, encoding.name);
}

/** A parse error: csv-parse reports the line where it gave up; the broken record is the one after the last it parsed. */
function unreadable(file: string, details: Record<string, string>, error: unknown, lastRecord: number): ReadOutcome {
  const csvError = error instanceof CsvError ? error : null;
  const row = csvError ? lastRecord + 1 : null;
  const text = error instanceof Error ? error.message : String(error);
  const detail = (csvError && CSV_ERRORS[csvError.code]) || { th: text, en: text };
  const issue = { ...fileIssue(file, IssueCode.FILE_UNREADABLE, readingMessages.csvUnreadable(file, row, detail)), row };
  return { sheets: [], issues: [issue], details };
}

class NotPlainCsv extends Error {}

/**
 * The file's rows split by PlainCsvSplitter, or null when it declines the file (then csv-parse reads it, with
 * its relaxed rules and its errors). Not for UTF-16: csv-parse re-encodes the text as UTF-8, which turns a lone
 * surrogate into U+FFFD, and only UTF-16 can decode to one.
 */
async function readPlainCsv(source: FileSource, encoding: TextEncoding, delimiter: string, file: string): Promise<TableBuilder | null> {
  if (encoding.name.startsWith('utf-16')) return null;
  const builder = new TableBuilder(file, null);
  let records = 0;
  const splitter = new PlainCsvSplitter(delimiter, (cells) => builder.push({ row: ++records, cells }));
  if (source.content) {
    // In memory already: one decode (the same iconv-lite decoder as the stream, BOM stripped alike), no stream.
    if (!splitter.push(iconv.decode(source.content, encoding.name))) return null;
    return splitter.end() ? builder : null;
  }
  try {
    // iconv-lite's decoder stream gives text.
    await pipeline(source.open(), iconv.decodeStream(encoding.name), async (chunks: AsyncIterable<string | Buffer>) => {
      for await (const chunk of chunks) if (!splitter.push(chunk as string)) throw new NotPlainCsv();
    });
  } catch {
    return null;
  }
  return splitter.end() ? builder : null;
}

/**
 * Reads a CSV (or tab-separated .txt) file: encoding and delimiter detected from the bytes, then streamed
 * through PlainCsvSplitter (or csv-parse, for what that declines) into a TableBuilder. `row` numbers are record
 * numbers: a quoted field that spans lines is one record, as a spreadsheet program shows it, so later rows keep
 * the numbers Excel gives them.
 */
export async function readCsv(source: FileSource, file: string): Promise<ReadOutcome> {
  const head = await source.head(SAMPLE_BYTES);
  const signature = fileSignature(head);
  if (signature === 'ZIP') {
    return {
      sheets: [],
      issues: [fileIssue(file, IssueCode.FILE_UNREADABLE, readingMessages.csvLooksLikeWorkbook(file))],
      details: { format: 'csv' },
    };
  }
  if (signature === 'OLE') {
    return {
      sheets: [],
      issues: [fileIssue(file, IssueCode.FILE_FORMAT_UNSUPPORTED, readingMessages.legacyExcel(file))],
      details: { format: 'csv' },
    };
  }
  const encoding = await detectTextEncoding(source, head);
  const delimiter = detectDelimiter(decodeSample(head, encoding), head.length >= source.size);
  const details = {
    format: 'csv',
    encoding: encoding.name,
    bom: encoding.bom ? 'yes' : 'no',
    delimiter: delimiter === '\t' ? 'tab' : delimiter,
  };
  let builder = await readPlainCsv(source, encoding, delimiter, file);
  if (!builder) {
    const csvBuilder = new TableBuilder(file, null);
    const parser = parse({
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
    });
    let records = 0;
    try {
      await pipeline(source.open(), iconv.decodeStream(encoding.name), parser, async (rows: AsyncIterable<string[]>) => {
        for await (const cells of rows) csvBuilder.push({ row: ++records, cells });
      });
    } catch (error) {
      return unreadable(file, details, error, parser.info.records);
    }
    builder = csvBuilder;
  }
  const reading = builder.finish();
  if (reading.status === 'NO_HEADER') {
    return {
      sheets: [],
      issues: [fileIssue(file, IssueCode.HEADER_NOT_FOUND, readingMessages.headerNotFound(file, null, reading.reason))],
      details,
    };
  }
  return { sheets: [reading.sheet], issues: reading.issues, details };
}
