import { normaliseHeader } from '@ita/domain';
import type { ImportIssue } from '../report/import-issue';
import { IssueCode } from '../report/issue-code';
import type { BilingualText } from './bilingual-text';
import { CanonicalField } from './canonical-field';
import { columnLetter } from './column-letter';
import { findHeader } from './find-header';
import { fiscalYearFromTitle } from './fiscal-year-from-title';
import type { FoundHeader } from './found-header';
import { HEADER_SCAN_ROWS } from './header-scan-rows';
import { isCodeLike } from './is-code-like';
import { isFooterText } from './is-footer-text';
import { isRepeatedHeader } from './is-repeated-header';
import { isSummaryText } from './is-summary-text';
import { looksLikeData } from './looks-like-data';
import type { MergedRange } from './merged-range';
import { rawCellText } from './raw-cell-text';
import type { RawRow } from './raw-row';
import { readingMessages } from './reading-messages';
import type { RecognisedColumn, RecognisedSheet, SourceRow } from './recognised-sheet';
import type { SheetReading } from './sheet-reading';
import { sourceCellOf } from './source-cell-of';
import { spreadMergedCells } from './spread-merged-cells';
import { toolScaleFromHeader } from './tool-scale-from-header';

const TOOL_FIELDS: ReadonlySet<CanonicalField> = new Set([CanonicalField.Iit, CanonicalField.Eit, CanonicalField.Oit]);

/**
 * Turns the rows of one table (a CSV, or one worksheet), pushed in order, into a RecognisedSheet. Rows are held
 * only until the header is decided (the first HEADER_SCAN_ROWS non-empty rows, plus one for a two-row header);
 * after that each row is classified as it arrives:
 * - blank rows are skipped; two or more blank rows in a row start a "break";
 * - a row whose first non-empty cell starts a note (หมายเหตุ, ที่มา, แหล่งข้อมูล, Note, Source …) and that does not
 *   look like data is a footer: skipped, and it starts a break too;
 * - a row repeating the header is skipped (and ends a break: a new block follows);
 * - a summary row (รวม, เฉลี่ย, Total, Average … with no code in the org_code column) is skipped;
 * - during a break, only rows that look like data (an organisation and a value) are read; the first such row ends
 *   the break. Everything else is a data row, passed on for validation however odd it looks.
 */
export class TableBuilder {
  private window: RawRow[] = [];
  private header: FoundHeader | null | undefined;
  private noHeaderReason: BilingualText | null = null;
  private sheet: RecognisedSheet | null = null;
  private readonly issues: ImportIssue[] = [];
  private mapped: { index: number; field: CanonicalField }[] = [];
  /**
   * Every mapped field set to null, cloned for each row. A row's cells built by adding ~20 properties one by one
   * end up in V8's slow dictionary mode; a spread copy of this template is a fast object, the same for every row.
   */
  private emptyCells: SourceRow['cells'] = {};
  private readRows = true;
  private lastRow = 0;
  private inBreak = false;

  /**
   * @param headerMerges merged ranges spread over the rows searched for the header (XLSX); data rows are
   *   expected to come with their merges already applied as the caller wants them.
   */
  constructor(
    private readonly file: string,
    private readonly sheetName: string | null,
    private readonly headerMerges: readonly MergedRange[] = [],
  ) {}

  push(row: RawRow): void {
    if (!row.cells.some((cell) => sourceCellOf(cell) !== null)) return;
    if (this.header === undefined) {
      this.window.push(row);
      if (this.window.length > HEADER_SCAN_ROWS) this.decide();
    } else if (this.header && this.readRows) {
      this.addRow(row);
    }
  }

  finish(): SheetReading {
    if (this.header === undefined) this.decide();
    if (!this.sheet) return { status: 'NO_HEADER', reason: this.noHeaderReason ?? readingMessages.reasons.noKnownColumns };
    return { status: 'READ', sheet: this.sheet, issues: this.issues };
  }

  private decide(): void {
    const window = this.window;
    this.window = [];
    const view = spreadMergedCells(window, this.headerMerges, 'ALL');
    const search = findHeader(view);
    const found = search.header;
    this.header = found;
    if (!found) {
      this.noHeaderReason =
        window.length === 0
          ? readingMessages.reasons.empty
          : search.closest
            ? readingMessages.reasons.incompleteHeader(search.closest.row, search.closest.fields)
            : readingMessages.reasons.noKnownColumns;
      return;
    }
    // Compare later rows with the header as written (not spread over its merges), as a repeated header would be.
    found.rowKeys = found.headerRows.map((n) =>
      (window.find((row) => row.row === n)?.cells ?? []).map((cell) => normaliseHeader(rawCellText(cell))),
    );
    const lastHeaderRow = found.headerRows[found.headerRows.length - 1];
    const columns: RecognisedColumn[] = found.columns.map((c) => ({
      field: c.field,
      column: columnLetter(c.index),
      header: c.header,
      scale: TOOL_FIELDS.has(c.field) ? toolScaleFromHeader(c.header) : null,
    }));
    this.sheet = {
      file: this.file,
      sheet: this.sheetName,
      kind: found.kind,
      columns,
      headerRows: found.headerRows,
      fiscalYearFromTitle: fiscalYearFromTitle(view.filter((row) => row.row < found.headerRows[0])),
      rows: [],
    };
    const firstColumnOf = new Map<CanonicalField, string>();
    for (const column of columns) {
      const first = firstColumnOf.get(column.field);
      if (first === undefined) {
        firstColumnOf.set(column.field, column.column);
        continue;
      }
      this.readRows = false;
      this.issues.push({
        file: this.file,
        sheet: this.sheetName,
        row: lastHeaderRow,
        column: column.column,
        code: IssueCode.COLUMN_DUPLICATED,
        message: readingMessages.columnDuplicated(this.file, this.sheetName, column.field, first, column.column),
      });
    }
    this.mapped = found.columns.map(({ index, field }) => ({ index, field }));
    this.emptyCells = Object.fromEntries(this.mapped.map(({ field }) => [field, null]));
    this.lastRow = lastHeaderRow;
    if (!this.readRows) return;
    for (const row of window) if (row.row > lastHeaderRow) this.addRow(row);
  }

  private addRow(row: RawRow): void {
    const { header, sheet } = this;
    if (!header || !sheet) return;
    if (row.row - this.lastRow - 1 >= 2) this.inBreak = true;
    this.lastRow = row.row;
    const cells: SourceRow['cells'] = { ...this.emptyCells };
    let filled = false;
    for (const { index, field } of this.mapped) {
      const value = sourceCellOf(row.cells[index]);
      cells[field] = value;
      if (value !== null) filled = true;
    }
    // The row's first text, needed only for a row that may be a footer or a summary.
    let first: string | undefined;
    const firstText = () => (first ??= rawCellText(row.cells.find((cell) => sourceCellOf(cell) !== null)));
    const dataLike = looksLikeData(cells, header.kind);
    if (!dataLike && isFooterText(firstText())) {
      this.inBreak = true;
      return;
    }
    // A row with a DLA code is data; only the others can be a header printed again (the check is costly).
    const codeLike = isCodeLike(cells.org_code);
    if (!codeLike && isRepeatedHeader(row.cells, header)) {
      this.inBreak = false;
      return;
    }
    if (!filled) return;
    if (!codeLike && (isSummaryText(firstText()) || isSummaryText(rawCellText(cells.org_name)))) return;
    if (this.inBreak && !dataLike) return;
    this.inBreak = false;
    sheet.rows.push({ row: row.row, cells });
  }
}
