import { findFiscalYearInText, normaliseText } from '@ita/domain';
import { rawCellText } from './raw-cell-text';
import type { RawRow } from './raw-row';

const YEAR_WORDS = /ปีงบ|ประจำปี|ปี\s*พ\.?\s*ศ|fiscal|ita/i;

/**
 * The fiscal year (BE) stated by the title rows above a header, e.g. "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖".
 * A row that also says ปีงบ / ประจำปี / fiscal / ITA wins over one that only holds a year (a date line, say).
 */
export function fiscalYearFromTitle(titleRows: readonly RawRow[]): number | null {
  let fallback: number | null = null;
  for (const row of titleRows) {
    const text = normaliseText([...new Set(row.cells.map(rawCellText).filter((t) => t !== ''))].join(' '));
    const year = findFiscalYearInText(text);
    if (!year) continue;
    if (YEAR_WORDS.test(text)) return year.value;
    fallback ??= year.value;
  }
  return fallback;
}
