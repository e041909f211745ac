import type { ReadOutcome } from '../reading/recognised-sheet';
import type { ImportIssue } from '../report/import-issue';
import { IssueCode } from '../report/issue-code';
import { checkSheetColumns } from './check-sheet-columns';
import type { RegistryIndex } from './registry-index';
import { validateItemSheet } from './validate-item-sheet';
import { validateWideSheet } from './validate-wide-sheet';
import type { RejectedRow, ValidatedItemScore, ValidatedResult } from './validated-result';

export interface FileValidation {
  results: ValidatedResult[];
  items: ValidatedItemScore[];
  rejected: RejectedRow[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  rowsRead: number;
  details: Record<string, unknown>;
}

/** Every check of docs/import-format.md §3 over a read file, across its sheets. Pure: no database access. */
export function validateFile(read: ReadOutcome, registry: RegistryIndex, yearOption: number | null): FileValidation {
  const out: FileValidation = {
    results: [],
    items: [],
    rejected: [],
    errors: read.issues.filter((i) => i.code !== IssueCode.SHEET_SKIPPED),
    warnings: read.issues.filter((i) => i.code === IssueCode.SHEET_SKIPPED),
    rowsRead: 0,
    details: { ...read.details, toolScales: {} },
  };
  const orgColumns = new Map<string | null, string | null>();
  for (const sheet of read.sheets) {
    out.rowsRead += sheet.rows.length;
    orgColumns.set(
      sheet.sheet,
      (sheet.columns.find((c) => c.field === 'org_code') ?? sheet.columns.find((c) => c.field === 'org_name'))?.column ?? null,
    );
    const sheetErrors = checkSheetColumns(sheet, yearOption);
    if (sheetErrors.length) {
      out.errors.push(...sheetErrors);
      out.rejected.push(
        ...sheet.rows.map((r) => ({ source: { file: sheet.file, sheet: sheet.sheet, row: r.row }, cells: { ...r.cells } })),
      );
      continue;
    }
    if (sheet.kind === 'ITEMS') {
      const checked = validateItemSheet(sheet, registry, yearOption);
      out.items.push(...checked.items);
      out.rejected.push(...checked.rejected);
      out.errors.push(...checked.errors);
      out.warnings.push(...checked.warnings);
      continue;
    }
    const checked = validateWideSheet(sheet, registry, yearOption);
    out.results.push(...checked.results);
    out.rejected.push(...checked.rejected);
    out.errors.push(...checked.errors);
    out.warnings.push(...checked.warnings);
    Object.assign(out.details.toolScales as Record<string, string>, prefixKeys(sheet.sheet, checked.toolScales));
  }
  removeDuplicates(out, orgColumns);
  return out;
}

/**
 * The same organisation and year twice in one file: identical values are imported once (a warning);
 * different values are an error on the later row, which is then not imported.
 */
function removeDuplicates(out: FileValidation, orgColumns: Map<string | null, string | null>): void {
  const first = new Map<string, ValidatedResult>();
  const kept: ValidatedResult[] = [];
  for (const result of out.results) {
    const key = `${result.organisationCode}|${result.fiscalYear}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, result);
      kept.push(result);
      continue;
    }
    const where = `${earlier.source.sheet ? `${earlier.source.sheet} ` : ''}row ${earlier.source.row}`;
    const issue = {
      file: result.source.file,
      sheet: result.source.sheet,
      row: result.source.row,
      column: orgColumns.get(result.source.sheet) ?? null,
      code: IssueCode.DUPLICATE_ROW as ImportIssue['code'],
      message: '',
    };
    if (sameValues(earlier, result)) {
      out.warnings.push({
        ...issue,
        message: `${result.organisationCode} ปี ${result.fiscalYear} ซ้ำกับแถว ${where} (ค่าเท่ากัน นำเข้าครั้งเดียว) / ${result.organisationCode} ${result.fiscalYear} repeats ${where} with the same values; imported once`,
      });
    } else {
      out.errors.push({
        ...issue,
        code: IssueCode.DUPLICATE_CONFLICT,
        message: `${result.organisationCode} ปี ${result.fiscalYear} ซ้ำกับแถว ${where} แต่คะแนนต่างกัน / ${result.organisationCode} ${result.fiscalYear} appears again (first at ${where}) with different values: keep one`,
      });
      out.rejected.push({ source: result.source, cells: {} });
    }
  }
  out.results = kept;
}

function sameValues(a: ValidatedResult, b: ValidatedResult): boolean {
  const { findings: _a, ...av } = a.values;
  const { findings: _b, ...bv } = b.values;
  return JSON.stringify(av) === JSON.stringify(bv) && JSON.stringify(a.indicators) === JSON.stringify(b.indicators);
}

function prefixKeys(sheet: string | null, record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [sheet ? `${sheet}!${k}` : k, v]));
}
