import { normaliseHeader } from '@ita/domain';
import { headerKey } from './header-key';
import { CanonicalField, RESULT_SCORE_FIELDS } from './canonical-field';
import { HEADER_ALIASES } from './header-aliases';
import type { TableKind } from './table-kind';

const KINDS: readonly TableKind[] = ['WIDE', 'ITEMS'];
type AliasIndex = Record<TableKind, Map<string, CanonicalField>>;

/** Fields whose header may carry a scale or the word "score" around its name: "คะแนน IIT (30)", "ตัวชี้วัดที่ 1 (100)". */
const SCORE_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([...RESULT_SCORE_FIELDS, CanonicalField.ItemScore]);

/** Normalised; the first that fits is removed, so a longer word comes before its own ending or beginning. */
const LEADING_WORDS = ['คะแนนถ่วงน้ำหนัก', 'ถ่วงน้ำหนัก', 'คะแนนร้อยละ', 'ผลคะแนน', 'weighted', 'ร้อยละ', 'คะแนน', 'score'];
const TRAILING_WORDS = [
  'คะแนนถ่วงน้ำหนัก',
  'ถ่วงน้ำหนัก',
  'คะแนนเต็ม',
  'percentage',
  'weighted',
  'percent',
  'points',
  'scores',
  'ร้อยละ',
  'คะแนน',
  'point',
  'score',
  'เต็ม',
  'pts',
];
const TRAILING_SCALE_NUMBER = /(?:100|40|30)$/;

/** "ตัวชี้วัดที่ 4", "ตัวชี้วัด ที่ ๔ การใช้ทรัพย์สินของราชการ", "indicator 4": the number decides, a name may follow. */
const INDICATOR_NUMBER = /^(?:ตัวชี้วัดที่|ตัวชี้วัด|indicator|ind)(\d{1,2})(?!\d)/;

const ALIAS_INDEX = buildAliasIndex();

function buildAliasIndex(): AliasIndex {
  const index: AliasIndex = { WIDE: new Map(), ITEMS: new Map() };
  for (const alias of HEADER_ALIASES) {
    for (const kind of alias.kind ? [alias.kind] : KINDS) {
      const byKey = index[kind];
      for (const text of alias.texts) {
        const key = normaliseHeader(text);
        const existing = byKey.get(key);
        if (existing && existing !== alias.field) {
          throw new Error(`Header alias "${text}" names both ${existing} and ${alias.field} in ${kind} tables`);
        }
        byKey.set(key, alias.field);
      }
    }
  }
  return index;
}

function lookUp(key: string, kind: TableKind): CanonicalField | null {
  const field = ALIAS_INDEX[kind].get(key);
  if (field) return field;
  const indicator = INDICATOR_NUMBER.exec(key);
  if (!indicator) return null;
  const n = Number(indicator[1]);
  return n >= 1 && n <= 10 ? (`indicator_${n}` as CanonicalField) : null;
}

/** Removes one decoration (a scale or unit at the end, or a leading "คะแนน"); returns the key unchanged when none. */
function stripDecoration(key: string): string {
  const number = TRAILING_SCALE_NUMBER.exec(key);
  if (number && number.index > 0) return key.slice(0, number.index);
  const trailing = TRAILING_WORDS.find((word) => key.endsWith(word) && key.length > word.length);
  if (trailing) return key.slice(0, -trailing.length);
  const leading = LEADING_WORDS.find((word) => key.startsWith(word) && key.length > word.length);
  if (leading) return key.slice(leading.length);
  return key;
}

/**
 * The canonical field a header names, or null for a column the importer does not use. Exact alias first; then,
 * for score columns only, the header with its decorations removed one at a time ("คะแนน IIT (30 คะแนน)" → IIT).
 */
export function matchHeader(text: string, kind: TableKind): CanonicalField | null {
  let key = headerKey(text);
  if (key === '') return null;
  const exact = lookUp(key, kind);
  if (exact) return exact;
  for (let stripped = stripDecoration(key); stripped !== key; key = stripped, stripped = stripDecoration(key)) {
    const field = lookUp(stripped, kind);
    if (field && SCORE_FIELDS.has(field)) return field;
  }
  return null;
}
