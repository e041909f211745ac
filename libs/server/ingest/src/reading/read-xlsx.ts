import { type Readable, Transform, pipeline } from 'node:stream';
import type { Row } from 'exceljs';
import type { ImportIssue } from '../report/import-issue';
import { IssueCode } from '../report/issue-code';
import type { BilingualText } from './bilingual-text';
import { fileIssue } from './file-issue';
import { fileSignature } from './file-signature';
import type { FileSource } from './file-source';
import type { MergedRange } from './merged-range';
import { openWorkbookReader } from './open-workbook-reader';
import { parseMergedRange } from './parse-merged-range';
import { raceStall } from './race-stall';
import type { RawRow } from './raw-row';
import { readingMessages } from './reading-messages';
import type { ReadOutcome, RecognisedSheet, SourceCell } from './recognised-sheet';
import { spreadMergedCells } from './spread-merged-cells';
import { TableBuilder } from './table-builder';
import { tapWorksheetXml } from './tap-worksheet-xml';
import { xlsxCellValue } from './xlsx-cell-value';

/** Longest pause in reading (no bytes, no rows) before a workbook counts as damaged; see raceStall. */
const IDLE_TIMEOUT_MS = 30_000;

interface SheetsRead {
  sheets: RecognisedSheet[];
  issues: ImportIssue[];
  skipped: { sheet: string; reason: BilingualText }[];
  count: number;
}

function rowCells(row: Row): SourceCell[] | null {
  const cells: SourceCell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const value = xlsxCellValue(cell.value, cell.numFmt);
    if (value === null) return;
    while (cells.length < columnNumber - 1) cells.push(null);
    cells[columnNumber - 1] = value;
  });
  return cells.length > 0 ? cells : null;
}

async function readSheets(input: Readable, file: string, progress: () => void): Promise<SheetsRead> {
  const read: SheetsRead = { sheets: [], issues: [], skipped: [], count: 0 };
  for await (const worksheet of openWorkbookReader(input)) {
    read.count++;
    const name = (worksheet as { name?: string }).name ?? `Sheet${read.count}`;
    const mergeRefs: string[] = [];
    tapWorksheetXml(worksheet, mergeRefs);
    const rows: RawRow[] = [];
    for await (const row of worksheet) {
      progress();
      const cells = rowCells(row);
      if (cells) rows.push({ row: row.number, cells });
    }
    const merges = mergeRefs.map(parseMergedRange).filter((range): range is MergedRange => range !== null);
    const builder = new TableBuilder(file, name, merges);
    for (const row of spreadMergedCells(rows, merges, 'FIRST_COLUMN')) builder.push(row);
    const reading = builder.finish();
    if (reading.status === 'READ') {
      read.sheets.push(reading.sheet);
      read.issues.push(...reading.issues);
    } else {
      read.skipped.push({ sheet: name, reason: reading.reason });
      read.issues.push({
        file,
        sheet: name,
        row: null,
        column: null,
        code: IssueCode.SHEET_SKIPPED,
        message: readingMessages.sheetSkipped(file, name, reading.reason),
      });
    }
  }
  return read;
}

/**
 * Reads every worksheet of an .xlsx with exceljs's streaming reader: the zip and XML are streamed, and one
 * sheet's values are held at a time, because a sheet lists its merged ranges after its rows. Hidden rows,
 * columns and sheets are read like any other. Merged ranges count for every cell they cover in the header
 * search, and down their first column in the data (see spreadMergedCells).
 */
export async function readXlsx(source: FileSource, file: string, options: { idleTimeoutMs?: number } = {}): Promise<ReadOutcome> {
  const details: Record<string, string> = { format: 'xlsx' };
  const unreadable = (message: string): ReadOutcome => ({
    sheets: [],
    issues: [fileIssue(file, IssueCode.FILE_UNREADABLE, message)],
    details,
  });
  const signature = fileSignature(await source.head(8));
  if (signature === 'OLE') {
    return { sheets: [], issues: [fileIssue(file, IssueCode.FILE_FORMAT_UNSUPPORTED, readingMessages.legacyExcel(file))], details };
  }
  // exceljs never settles on some non-zip input (an empty file, for one), so only zips reach it.
  if (signature !== 'ZIP') return unreadable(readingMessages.notAWorkbook(file));

  let lastProgress = Date.now();
  const progress = () => {
    lastProgress = Date.now();
  };
  const file$ = source.open();
  const counted = new Transform({
    transform(chunk, _encoding, done) {
      progress();
      done(null, chunk);
    },
  });
  pipeline(file$, counted, () => undefined);
  const work = readSheets(counted, file, progress);
  let read: SheetsRead;
  try {
    const race = await raceStall(work, options.idleTimeoutMs ?? IDLE_TIMEOUT_MS, () => lastProgress);
    if (race.status === 'STALLED') {
      work.catch(() => undefined);
      file$.destroy();
      counted.destroy();
      return unreadable(readingMessages.workbookUnreadable(file, 'damaged zip data'));
    }
    read = race.value;
  } catch (error) {
    file$.destroy();
    return unreadable(readingMessages.workbookUnreadable(file, error instanceof Error ? error.message : String(error)));
  }
  details['sheets'] = String(read.count);
  details['sheetsRead'] = String(read.sheets.length);
  if (read.count === 0) return unreadable(readingMessages.noWorksheets(file));
  if (read.sheets.length === 0) {
    return {
      sheets: [],
      issues: [fileIssue(file, IssueCode.HEADER_NOT_FOUND, readingMessages.headerNotFoundInWorkbook(file, read.skipped))],
      details,
    };
  }
  return { sheets: read.sheets, issues: read.issues, details };
}
