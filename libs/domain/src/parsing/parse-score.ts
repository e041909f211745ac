import { round2 } from '../scoring/round2';
import { MISSING_VALUE_TOKENS } from './missing-value-tokens';
import { normaliseText } from './normalise-text';
import type { ParseScoreResult } from './parse-score-result';
import { thaiDigitsToArabic } from './thai-digits-to-arabic';

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const DECIMAL_COMMA = /^([+-]?\d+),(\d{1,2})$/;

/**
 * A published score from a cell: a number, or text such as "๙๑.๑๓", "91.13 %", "91,13" (a comma is a decimal
 * separator only with no dot and 1–2 digits after it). Never throws. The value keeps its published precision
 * up to 2 decimals; more decimals are rounded (half away from zero) and reported with hadMoreDecimals.
 * The range 0..max is checked on the rounded value.
 */
export function parseScore(raw: unknown, { max = 100 }: { max?: number } = {}): ParseScoreResult {
  if (raw === null || raw === undefined) return { ok: true, value: null, hadMoreDecimals: false };
  let parsed: number;
  if (typeof raw === 'number') {
    parsed = raw;
  } else if (typeof raw === 'string' && PLAIN_NUMBER.test(raw)) {
    // Most cells: nothing to normalise, convert or strip.
    parsed = Number(raw);
  } else if (typeof raw === 'string') {
    const text = thaiDigitsToArabic(normaliseText(raw));
    if (MISSING_VALUE_TOKENS.includes(text.toLowerCase())) return { ok: true, value: null, hadMoreDecimals: false };
    const number = text.replace(/\s*%$/, '').replace(DECIMAL_COMMA, '$1.$2');
    if (!PLAIN_NUMBER.test(number)) return { ok: false, reason: 'NOT_A_NUMBER', input: raw };
    parsed = Number(number);
  } else {
    return { ok: false, reason: 'NOT_A_NUMBER', input: String(raw) };
  }
  if (!Number.isFinite(parsed)) return { ok: false, reason: 'NOT_A_NUMBER', input: String(raw) };
  const value = round2(parsed) + 0; // + 0 turns -0 into 0
  if (value < 0 || value > max) return { ok: false, reason: 'OUT_OF_RANGE', input: String(raw) };
  return { ok: true, value, hadMoreDecimals: Math.abs(parsed - value) > 1e-9 };
}
