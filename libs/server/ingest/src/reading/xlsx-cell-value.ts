import type { SourceCell } from './recognised-sheet';
import { sourceCellOf } from './source-cell-of';

/** A number format that shows the value × 100 with a "%" (a "%" inside quotes or escaped is literal text). */
function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && numFmt.replace(/"[^"]*"|\\./g, '').includes('%');
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/**
 * An XLSX cell value (as exceljs gives it) → the value the importer keeps. Numbers stay numbers, except in a
 * percent format, where the value shown ("91.13%" stored as 0.9113) is returned as 91.13. Text (including
 * numbers stored as text) stays text; rich text is joined into plain text; a formula gives its cached result
 * (none cached → empty; an error result → its error text); an error cell gives its text (#N/A …); booleans
 * give TRUE / FALSE; dates, which a result table should not hold, give their date as text (2023-09-30).
 */
export function xlsxCellValue(value: unknown, numFmt?: string, depth = 0): SourceCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '#ERROR';
    return isPercentFormat(numFmt) ? Number((value * 100).toPrecision(15)) : value;
  }
  if (typeof value === 'string') return sourceCellOf(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object' && depth < 3) {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object['richText'])) {
      return sourceCellOf(
        (object['richText'] as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join(''),
      );
    }
    if ('formula' in object || 'sharedFormula' in object || 'result' in object) return xlsxCellValue(object['result'], numFmt, depth + 1);
    if (typeof object['error'] === 'string') return object['error'];
    if ('text' in object) return xlsxCellValue(object['text'], numFmt, depth + 1);
  }
  return sourceCellOf(String(value));
}
