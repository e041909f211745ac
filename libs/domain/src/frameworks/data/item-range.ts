import type { Confidence } from '../model/confidence';
import type { ItemCodes } from '../model/item-codes';

export function itemRange(prefix: 'i' | 'e' | 'o', first: number, last: number, confidence: Confidence): ItemCodes {
  return { status: 'KNOWN', prefix, first, last, confidence };
}
