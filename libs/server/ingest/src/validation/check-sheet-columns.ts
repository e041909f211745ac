import type { RecognisedSheet } from '../reading/recognised-sheet';
import type { ImportIssue } from '../report/import-issue';
import { IssueCode } from '../report/issue-code';

/** Sheet-level errors that make every row of a sheet unusable; reported once instead of once per row. */
export function checkSheetColumns(sheet: RecognisedSheet, yearOption: number | null): ImportIssue[] {
  const has = (field: string) => sheet.columns.some((c) => c.field === field);
  const at = { file: sheet.file, sheet: sheet.sheet, row: sheet.headerRows[sheet.headerRows.length - 1] ?? null, column: null };
  const issues: ImportIssue[] = [];
  if (!has('org_code') && !(has('org_name') && has('province'))) {
    issues.push({
      ...at,
      code: IssueCode.COLUMNS_MISSING,
      message:
        'ต้องมีคอลัมน์รหัส อปท. หรือทั้งชื่อหน่วยงานและจังหวัด / The table needs a DLA code column, or both an organisation name and a province column',
    });
  }
  if (sheet.kind === 'WIDE' && !has('total') && !has('indicator_1')) {
    issues.push({
      ...at,
      code: IssueCode.COLUMNS_MISSING,
      message: 'ต้องมีคอลัมน์คะแนนรวม หรือคะแนนตัวชี้วัดทั้ง 10 ตัว / The table needs a total column or the ten indicator columns',
    });
  }
  if (!has('fiscal_year') && sheet.fiscalYearFromTitle === null && yearOption === null) {
    issues.push({
      ...at,
      code: IssueCode.FISCAL_YEAR_MISSING,
      message:
        'ไม่พบปีงบประมาณ: ไม่มีคอลัมน์ปี ไม่มีในหัวเรื่อง และไม่ได้ระบุ --year / No fiscal year: no year column, none in a title row, and no --year given',
    });
  }
  return issues;
}
