import { FISCAL_YEAR_BOUNDS } from './fiscal-year-bounds';
import { normaliseText } from './normalise-text';
import type { ParseFiscalYearResult } from './parse-fiscal-year-result';
import { thaiDigitsToArabic } from './thai-digits-to-arabic';
import { toBuddhistEraYear } from './to-buddhist-era-year';

const LABEL = /^(?:ปีงบประมาณ|ปีงบ\.?|ปี|fiscal\s*year|fy|year)\s*/;
const BE_MARK = /^(?:พ\.?\s*ศ\.?|b\.?\s*e\.?)\s*/;
const CE_MARK = /^(?:ค\.?\s*ศ\.?|c\.?\s*e\.?|a\.?\s*d\.?)\s*/;

/**
 * A fiscal year from a cell: 2566, "๒๕๖๖", "พ.ศ. 2566", "ปีงบประมาณ 2566", 2023 (CE → 2566, convertedFromCE),
 * 2566.0 from Excel. Two-digit years ("66") are not accepted. Never throws.
 */
export function parseFiscalYear(raw: unknown): ParseFiscalYearResult {
  const input = raw === null || raw === undefined ? '' : String(raw);
  let year: number;
  let era: 'BE' | 'CE' | undefined;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) return { ok: false, reason: 'INVALID', input };
    year = raw;
  } else if (typeof raw === 'string') {
    let text = thaiDigitsToArabic(normaliseText(raw)).toLowerCase();
    if (text === '') return { ok: false, reason: 'MISSING', input };
    text = text.replace(LABEL, '');
    if (BE_MARK.test(text)) era = 'BE';
    else if (CE_MARK.test(text)) era = 'CE';
    text = text.replace(BE_MARK, '').replace(CE_MARK, '');
    const match = /^(\d{4})(?:\.0*)?$/.exec(text);
    if (!match) return { ok: false, reason: 'INVALID', input };
    year = Number(match[1]);
  } else if (raw === null || raw === undefined) {
    return { ok: false, reason: 'MISSING', input };
  } else {
    return { ok: false, reason: 'INVALID', input };
  }
  const be = toBuddhistEraYear(year, era);
  if (!be) return { ok: false, reason: 'INVALID', input };
  if (be.value < FISCAL_YEAR_BOUNDS.firstSupportedBE) return { ok: false, reason: 'BEFORE_2561', input };
  return { ok: true, ...be };
}
