import { findFramework, memoByText, parseFiscalYear, SUPPORTED_FISCAL_YEARS } from '@ita/domain';
import type { AssessmentFramework } from '@ita/domain';
import type { SourceRow } from '../reading/recognised-sheet';
import { IssueCode } from '../report/issue-code';
import { cellText } from './cell-text';
import type { RowIssueSink } from './row-issue-sink';

// Every row of a file usually gives the same year.
const parseYearText = memoByText((text) => parseFiscalYear(text));

/** The row's fiscal year and its framework: from the year column, else the sheet's title row, else --year. */
export function resolveFiscalYear(
  source: SourceRow,
  fromTitle: number | null,
  fromOption: number | null,
  issues: RowIssueSink,
): AssessmentFramework | null {
  const raw = source.cells.fiscal_year;
  let year: number | null = null;
  if (raw !== undefined && cellText(raw) !== '') {
    const parsed = parseYearText(String(raw));
    if (!parsed.ok) {
      if (parsed.reason === 'BEFORE_2561') {
        issues.error(
          'fiscal_year',
          IssueCode.FISCAL_YEAR_TOO_EARLY,
          `ปีงบประมาณ ${parsed.input} อยู่ก่อน พ.ศ. 2561 (ก่อนการประเมิน ITA แบบปัจจุบัน) / Fiscal year ${parsed.input} is before 2561, before the current ITA`,
        );
      } else {
        issues.error(
          'fiscal_year',
          IssueCode.FISCAL_YEAR_INVALID,
          `อ่านปีงบประมาณ "${parsed.input}" ไม่ได้ (ใช้ พ.ศ. เช่น 2566) / Cannot read the fiscal year "${parsed.input}" (use a Buddhist Era year such as 2566)`,
        );
      }
      return null;
    }
    year = parsed.value;
  } else {
    year = fromTitle ?? fromOption;
  }
  if (year === null) {
    issues.error(
      'fiscal_year',
      IssueCode.FISCAL_YEAR_MISSING,
      'ไม่มีปีงบประมาณ: ใส่ในคอลัมน์ปีงบประมาณ ในหัวเรื่อง หรือใช้ --year / No fiscal year: fill the year column, state it in a title row, or pass --year',
    );
    return null;
  }
  const framework = findFramework(year);
  if (!framework) {
    issues.error(
      'fiscal_year',
      IssueCode.FISCAL_YEAR_UNSUPPORTED,
      `ยังไม่มีเกณฑ์การประเมินของปีงบประมาณ ${year} ในระบบ (มี ${SUPPORTED_FISCAL_YEARS[0]}–${SUPPORTED_FISCAL_YEARS[SUPPORTED_FISCAL_YEARS.length - 1]}) / No assessment framework for fiscal year ${year} yet`,
    );
    return null;
  }
  return framework;
}
