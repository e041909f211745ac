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
import type { RawRow } from './raw-row';
import { readingMessages } from './reading-messages';
import type { ReadOutcome, RecognisedSheet, SourceCell } from './recognised-sheet';
import { spreadMergedCells } from './spread-merged-cells';
import { TableBuilder } from './table-builder';
import { tapWorksheetXml } from './tap-worksheet-xml';
import { xlsxCellValue } from './xlsx-cell-value';

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

/**
 * Reads every worksheet of an .xlsx with exceljs's streaming reader (constant memory in the zip and XML; one
 * sheet's values are held at a time, because merged ranges are listed after the rows). Hidden rows, columns
 * and sheets are read like any other. Merged ranges count for every cell they cover in the header search, and
 * down their first column in the data (see spreadMergedCells).
 */
export async function readXlsx(source: FileSource, file: string): Promise<ReadOutcome> {
  const details: Record<string, string> = { format: 'xlsx' };
  const signature = fileSignature(await source.head(8));
  if (signature === 'OLE') {
    return { sheets: [], issues: [fileIssue(file, IssueCode.FILE_FORMAT_UNSUPPORTED, readingMessages.legacyExcel(file))], details };
  }
  // exceljs never settles on some non-zip input (an empty file), so only zips reach it.
  if (signature !== 'ZIP') return { sheets: [], issues: [fileIssue(file, IssueCode.FILE_UNREADABLE, readingMessages.notAWorkbook(file))], details };

  const sheets: RecognisedSheet[] = [];
  const issues: ImportIssue[] = [];
  const skipped: { sheet: string; reason: BilingualText }[] = [];
  let count = 0;
  try {
    for await (const worksheet of openWorkbookReader(source.path ?? source.open())) {
      count++;
      const name = (worksheet as { name?: string }).name ?? `Sheet${count}`;
      const mergeRefs: string[] = [];
      tapWorksheetXml(worksheet, mergeRefs);
      const rows: RawRow[] = [];
      for await (const row of worksheet) {
        const cells = rowCells(row);
        if (cells) rows.push({ row: row.number, cells });
      }
      const merges = mergeRefs.map(parseMergedRange).filter((range): range is MergedRange => range !== null);
      const builder = new TableBuilder(file, name, merges);
      for (const row of spreadMergedCells(rows, merges, 'FIRST_COLUMN')) builder.push(row);
      const reading = builder.finish();
      if (reading.status === 'READ') {
        sheets.push(reading.sheet);
        issues.push(...reading.issues);
      } else {
        skipped.push({ sheet: name, reason: reading.reason });
        issues.push({ file, sheet: name, row: null, column: null, code: IssueCode.SHEET_SKIPPED, message: readingMessages.sheetSkipped(file, name, reading.reason) });
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { sheets: [], issues: [fileIssue(file, IssueCode.FILE_UNREADABLE, readingMessages.workbookUnreadable(file, detail))], details };
  }
  details['sheets'] = String(count);
  details['sheetsRead'] = String(sheets.length);
  if (count === 0) return { sheets, issues: [fileIssue(file, IssueCode.FILE_UNREADABLE, readingMessages.noWorksheets(file))], details };
  if (sheets.length === 0) {
    return { sheets, issues: [fileIssue(file, IssueCode.HEADER_NOT_FOUND, readingMessages.headerNotFoundInWorkbook(file, skipped))], details };
  }
  return { sheets, issues, details };
}
