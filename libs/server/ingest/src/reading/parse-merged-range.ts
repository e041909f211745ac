import { columnIndex } from './column-index';
import type { MergedRange } from './merged-range';

const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** "B3:K3" → its range; null for anything else. */
export function parseMergedRange(ref: string): MergedRange | null {
  const match = REF.exec(ref.trim());
  if (!match) return null;
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  const [left, right] = [columnIndex(c1), columnIndex(c2)].sort((a, b) => a - b);
  const [top, bottom] = [Number(r1), Number(r2)].sort((a, b) => a - b);
  return { top, left, bottom, right };
}
