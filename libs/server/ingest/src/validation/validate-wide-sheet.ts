import type { RecognisedSheet, SourceRow } from '../reading/recognised-sheet';
import type { ImportIssue } from '../report/import-issue';
import { IssueCode } from '../report/issue-code';
import { assessRow } from './assess-row';
import { cellText } from './cell-text';
import { collectRowIssues } from './collect-row-issues';
import { indicatorFields } from './indicator-fields';
import { inferToolScales } from './infer-tool-scales';
import { parseScoreCells } from './parse-score-cells';
import type { RegistryIndex } from './registry-index';
import { resolveFiscalYear } from './resolve-fiscal-year';
import { resolveOrganisation } from './resolve-organisation';
import type { RejectedRow, ValidatedResult } from './validated-result';

export interface SheetValidation {
  results: ValidatedResult[];
  rejected: RejectedRow[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Which scale each tool column was read on, for the report. */
  toolScales: Record<string, string>;
}

/** Checks every row of a result table (one row per organisation and year); nothing is written here. */
export function validateWideSheet(sheet: RecognisedSheet, registry: RegistryIndex, yearOption: number | null): SheetValidation {
  const out: SheetValidation = { results: [], rejected: [], errors: [], warnings: [], toolScales: {} };
  const { scales, inferred } = inferToolScales(sheet, yearOption);
  for (const field of ['iit', 'eit', 'oit'] as const) {
    const column = sheet.columns.find((c) => c.field === field);
    if (column) out.toolScales[`${column.column} ${column.header}`] = `${scales[field]}${inferred.includes(field) ? ' (inferred)' : ''}`;
  }
  const inferredPoints = inferred.filter((f) => scales[f] === 'POINTS');
  if (inferredPoints.length) {
    const first = sheet.columns.find((c) => c.field === inferredPoints[0]);
    out.warnings.push({
      file: sheet.file,
      sheet: sheet.sheet,
      row: sheet.headerRows[sheet.headerRows.length - 1] ?? null,
      column: first?.column ?? null,
      code: IssueCode.TOOL_SCALE_INFERRED,
      message:
        `หัวคอลัมน์ ${inferredPoints.map((f) => f.toUpperCase()).join(', ')} ไม่ระบุหน่วย: อ่านเป็นคะแนนถ่วงน้ำหนัก (IIT/EIT เต็ม 30, OIT เต็ม 40) เพราะตรงกับคะแนนรวมและตัวชี้วัด / ` +
        `The ${inferredPoints.map((f) => f.toUpperCase()).join(', ')} headers do not give a scale: read as weighted points (IIT/EIT out of 30, OIT out of 40), which agrees with the totals and indicators`,
    });
  }

  for (const source of sheet.rows) {
    const issues = collectRowIssues(sheet, source.row);
    const validated = validateRow(sheet, source, registry, yearOption, scales, issues);
    out.warnings.push(...issues.warnings);
    if (validated && issues.errors.length === 0) {
      out.results.push(validated);
    } else {
      out.errors.push(...issues.errors);
      out.rejected.push({ source: { file: sheet.file, sheet: sheet.sheet, row: source.row }, cells: { ...source.cells } });
    }
  }
  return out;
}

function validateRow(
  sheet: RecognisedSheet,
  source: SourceRow,
  registry: RegistryIndex,
  yearOption: number | null,
  scales: ReturnType<typeof inferToolScales>['scales'],
  issues: ReturnType<typeof collectRowIssues>,
): ValidatedResult | null {
  const framework = resolveFiscalYear(source, sheet.fiscalYearFromTitle, yearOption, issues);
  const organisation = resolveOrganisation(source, registry, issues);
  if (!framework) return null;
  const { values: scores, ok } = parseScoreCells(source, framework, scales, issues);
  if (!ok || !organisation) return null;

  const indicators: [number, number][] = [];
  for (const { number, field } of indicatorFields(framework)) {
    const score = scores[field];
    if (score !== null && score !== undefined) indicators.push([number, score]);
  }
  if ((scores.total ?? null) === null && indicators.length < framework.indicators.length) {
    const where = sheet.columns.some((c) => c.field === 'total')
      ? 'total'
      : sheet.columns.some((c) => c.field === 'indicator_1')
        ? 'indicator_1'
        : null;
    issues.error(
      where,
      IssueCode.SCORES_MISSING,
      `แถวนี้ไม่มีคะแนนรวม และมีคะแนนตัวชี้วัดไม่ครบ ${framework.indicators.length} ตัว / The row has no total and not all ${framework.indicators.length} indicator scores`,
    );
    return null;
  }
  const values = assessRow(framework, scores, cellText(source.cells.level), scales, issues);
  if (values.totalPublished === null && values.totalDerived === null) {
    issues.error('total', IssueCode.SCORES_MISSING, 'คำนวณคะแนนรวมไม่ได้ / The total cannot be derived from the row');
    return null;
  }
  return {
    organisationCode: organisation.code,
    provinceCode: organisation.provinceCode,
    fiscalYear: framework.fiscalYear,
    source: { file: sheet.file, sheet: sheet.sheet, row: source.row },
    values,
    indicators,
  };
}
