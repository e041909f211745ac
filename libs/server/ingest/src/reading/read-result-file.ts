import { extname } from 'node:path';
import { IssueCode } from '../report/issue-code';
import { fileIssue } from './file-issue';
import { type FileSource, openFileSource } from './file-source';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { readingMessages } from './reading-messages';
import type { ReadOutcome } from './recognised-sheet';
import type { ResultFileInput } from './result-file-input';

const CSV_EXTENSIONS = new Set(['.csv', '.txt']);
const XLSX_EXTENSIONS = new Set(['.xlsx']);

/**
 * Reads a published ITA result file (docs/import-format.md): checks its size, picks the reader by extension
 * (.csv/.txt → CSV, .xlsx → XLSX, anything else, .xls included, is refused), finds each table's header and
 * returns its data rows with the recognised columns. Never throws for a bad file: every problem is an issue.
 * A path is streamed from disk; the result holds the data rows (one object per row) in memory.
 */
export async function readResultFile(input: ResultFileInput, options: { maxBytes: number }): Promise<ReadOutcome> {
  // The name without its directory, whichever separator the uploading system used.
  const file = input.fileName.split(/[\\/]/).pop() ?? input.fileName;
  const extension = extname(file).toLowerCase();
  let source: FileSource;
  try {
    source = await openFileSource(input);
  } catch (error) {
    const detail = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    return { sheets: [], issues: [fileIssue(file, IssueCode.FILE_UNREADABLE, readingMessages.fileUnreadable(file, detail))], details: {} };
  }
  if (source.size > options.maxBytes) {
    return {
      sheets: [],
      issues: [fileIssue(file, IssueCode.FILE_TOO_LARGE, readingMessages.fileTooLarge(file, source.size, options.maxBytes))],
      details: {},
    };
  }
  if (CSV_EXTENSIONS.has(extension)) return readCsv(source, file);
  if (XLSX_EXTENSIONS.has(extension)) return readXlsx(source, file);
  return {
    sheets: [],
    issues: [fileIssue(file, IssueCode.FILE_FORMAT_UNSUPPORTED, readingMessages.formatUnsupported(file, extension))],
    details: {},
  };
}
