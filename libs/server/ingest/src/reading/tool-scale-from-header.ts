import { normaliseText, thaiDigitsToArabic } from '@ita/domain';
import type { RecognisedColumn } from './recognised-sheet';

const POINTS = /ถ่วงน้ำหนัก|weighted|\bpoints?\b|\bpts\b|(?<![\d.])(?:30|40)(?![\d.])/;
const SCORE = /ร้อยละ|%|percent|(?<![\d.])100(?![\d.])/;

/**
 * What a tool column's header says about its scale: "IIT (30)", "OIT 40 คะแนน", "คะแนนถ่วงน้ำหนัก", "weighted",
 * "points" → POINTS; "(100)", "ร้อยละ", "%" → SCORE; nothing, or both (e.g. "IIT ร้อยละ 30", the weight), → null.
 */
export function toolScaleFromHeader(header: string): RecognisedColumn['scale'] {
  const text = thaiDigitsToArabic(normaliseText(header)).toLowerCase();
  const points = POINTS.test(text);
  const score = SCORE.test(text);
  if (points === score) return null;
  return points ? 'POINTS' : 'SCORE';
}
