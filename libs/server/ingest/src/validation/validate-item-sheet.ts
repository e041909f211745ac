import { normaliseText, parseScore, thaiDigitsToArabic } from '@ita/domain';
import type { RecognisedSheet } from '../reading/recognised-sheet';
import { IssueCode } from '../report/issue-code';
import { collectRowIssues } from './collect-row-issues';
import type { RegistryIndex } from './registry-index';
import { resolveFiscalYear } from './resolve-fiscal-year';
import { resolveOrganisation } from './resolve-organisation';
import type { SheetValidation } from './validate-wide-sheet';
import type { ValidatedItemScore } from './validated-result';

/** Checks a question-level table (organisation, year, item code such as i1 / e15 / O42 / EB1, score). */
export function validateItemSheet(
  sheet: RecognisedSheet,
  registry: RegistryIndex,
  yearOption: number | null,
): Omit<SheetValidation, 'results' | 'toolScales'> & { items: ValidatedItemScore[] } {
  const out = {
    items: [] as ValidatedItemScore[],
    rejected: [] as SheetValidation['rejected'],
    errors: [] as SheetValidation['errors'],
    warnings: [] as SheetValidation['warnings'],
  };
  for (const source of sheet.rows) {
    const issues = collectRowIssues(sheet, source.row);
    const framework = resolveFiscalYear(source, sheet.fiscalYearFromTitle, yearOption, issues);
    const organisation = resolveOrganisation(source, registry, issues);
    const itemCode = thaiDigitsToArabic(normaliseText(String(source.cells.item_code ?? '')))
      .replace(/\s+/g, '')
      .toLowerCase();
    if (!/^[a-z]{1,3}\d{1,3}$/.test(itemCode)) {
      issues.error(
        'item_code',
        IssueCode.ITEM_CODE_INVALID,
        `รหัสข้อ "${source.cells.item_code ?? ''}" ไม่ถูกต้อง (เช่น i1, e15, o42) / Item code "${source.cells.item_code ?? ''}" is not valid (e.g. i1, e15, o42)`,
      );
    }
    const parsed = parseScore(source.cells.item_score ?? null);
    if (!parsed.ok) {
      issues.error(
        'item_score',
        parsed.reason === 'OUT_OF_RANGE' ? IssueCode.SCORE_OUT_OF_RANGE : IssueCode.SCORE_NOT_A_NUMBER,
        `คะแนน "${parsed.input}" ใช้ไม่ได้ / Score "${parsed.input}" is not a score from 0 to 100`,
      );
    } else if (parsed.value === null) {
      issues.error('item_score', IssueCode.SCORES_MISSING, 'ไม่มีคะแนนของข้อนี้ / The item has no score');
    }
    out.warnings.push(...issues.warnings);
    if (issues.errors.length || !framework || !organisation || !parsed.ok || parsed.value === null) {
      out.errors.push(...issues.errors);
      out.rejected.push({ source: { file: sheet.file, sheet: sheet.sheet, row: source.row }, cells: { ...source.cells } });
      continue;
    }
    out.items.push({
      organisationCode: organisation.code,
      provinceCode: organisation.provinceCode,
      fiscalYear: framework.fiscalYear,
      itemCode,
      score: parsed.value,
      source: { file: sheet.file, sheet: sheet.sheet, row: source.row },
    });
  }
  return out;
}
