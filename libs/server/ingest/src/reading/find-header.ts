import { CanonicalField, RESULT_SCORE_FIELDS } from './canonical-field';
import type { FoundHeader, HeaderColumnMatch } from './found-header';
import { HEADER_GROUP_LABELS } from './header-group-labels';
import { headerKey } from './header-key';
import { HEADER_SCAN_ROWS } from './header-scan-rows';
import type { HeaderSearch } from './header-search';
import { matchHeader } from './match-header';
import { rawCellText } from './raw-cell-text';
import type { RawRow } from './raw-row';
import type { TableKind } from './table-kind';

const ORG_FIELDS: ReadonlySet<CanonicalField> = new Set([CanonicalField.OrgCode, CanonicalField.OrgName]);
const VALUE_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([...RESULT_SCORE_FIELDS, CanonicalField.ItemCode]);
const INDICATOR_GROUPS: ReadonlySet<string> = new Set(HEADER_GROUP_LABELS.indicators.map(headerKey));
const GROUP_LABELS: ReadonlySet<string> = new Set([...HEADER_GROUP_LABELS.indicators, ...HEADER_GROUP_LABELS.tools].map(headerKey));
const NUMBER_UNDER_GROUP = /^(?:ที่)?(\d{1,2})$/;

interface Candidate {
  header: FoundHeader;
  fields: Set<CanonicalField>;
  /** Two-row candidates: columns whose field needs both rows ("ตัวชี้วัด" + "1", "IIT" + "(30)"). */
  combined: number;
  /** Two-row candidates: every column the upper row recognises on its own keeps its field. */
  keepsUpper: boolean;
}

/** A group label names no column by itself ("คะแนนถ่วงน้ำหนัก" over IIT / EIT / OIT is not the total). */
function fieldOf(text: string, kind: TableKind): CanonicalField | null {
  return text === '' || GROUP_LABELS.has(headerKey(text)) ? null : matchHeader(text, kind);
}

function kindOf(texts: readonly string[]): TableKind {
  return texts.some((text) => fieldOf(text, 'WIDE') === CanonicalField.ItemCode) ? 'ITEMS' : 'WIDE';
}

function candidateOf(headerRows: number[], columns: HeaderColumnMatch[], kind: TableKind, rowKeys: string[][], combined = 0): Candidate {
  return { header: { kind, headerRows, columns, rowKeys }, fields: new Set(columns.map((c) => c.field)), combined, keepsUpper: true };
}

function singleRow(row: RawRow, texts: string[]): Candidate {
  const kind = kindOf(texts);
  const columns: HeaderColumnMatch[] = [];
  texts.forEach((text, index) => {
    const field = fieldOf(text, kind);
    if (field) columns.push({ index, field, header: text });
  });
  return candidateOf([row.row], columns, kind, [texts.map(headerKey)]);
}

/** A group label ("ตัวชี้วัด") written once, or merged, over the columns to its right that have a second-row header. */
function spreadGroupLabels(upper: string[], lower: string[]): string[] {
  const spread = [...upper];
  let label = '';
  for (let i = 0; i < Math.max(upper.length, lower.length); i++) {
    const own = upper[i] ?? '';
    if (own !== '') label = GROUP_LABELS.has(headerKey(own)) ? own : '';
    else if (label !== '' && (lower[i] ?? '') !== '') spread[i] = label;
  }
  return spread;
}

function groupedField(upper: string, lower: string): CanonicalField | null {
  if (!INDICATOR_GROUPS.has(headerKey(upper))) return null;
  const number = NUMBER_UNDER_GROUP.exec(headerKey(lower));
  const n = number ? Number(number[1]) : 0;
  return n >= 1 && n <= 10 ? (`indicator_${n}` as CanonicalField) : null;
}

/** Rows r and r + 1 read as one header: group labels or units above/below the column names. */
function twoRows(upperRow: RawRow, upperTexts: string[], lowerRow: RawRow, lowerTexts: string[], upperAlone: Candidate): Candidate | null {
  const distinct = new Set(upperTexts.filter((text) => text !== ''));
  // A title merged across the sheet (one text repeated) is not a header row.
  if (distinct.size < 2 && ![...distinct].some((text) => GROUP_LABELS.has(headerKey(text)))) return null;
  const upper = spreadGroupLabels(upperTexts, lowerTexts);
  const width = Math.max(upper.length, lowerTexts.length);
  const texts = Array.from({ length: width }, (_, i) => [upper[i] ?? '', lowerTexts[i] ?? ''].filter((t) => t !== '').join(' '));
  const kind = kindOf([...upper, ...lowerTexts, ...texts]);
  const columns: HeaderColumnMatch[] = [];
  let combined = 0;
  for (let index = 0; index < width; index++) {
    const u = upper[index] ?? '';
    const l = lowerTexts[index] ?? '';
    if (u === '' && l === '') continue;
    let field: CanonicalField | null;
    let header: string;
    if (u === '' || l === '' || headerKey(u) === headerKey(l)) {
      header = l || u;
      field = fieldOf(header, kind);
    } else {
      header = `${u} ${l}`;
      const alone = fieldOf(l, kind);
      const both = groupedField(u, l) ?? fieldOf(header, kind);
      field = both ?? alone;
      if (both && both !== alone) combined++;
    }
    if (field) columns.push({ index, field, header });
  }
  const candidate = candidateOf(
    [upperRow.row, lowerRow.row],
    columns,
    kind,
    [upperTexts, lowerTexts].map((t) => t.map(headerKey)),
    combined,
  );
  candidate.keepsUpper = upperAlone.header.columns.every((c) => columns.some((p) => p.index === c.index && p.field === c.field));
  return candidate;
}

function isValid(candidate: Candidate): boolean {
  const fields = [...candidate.fields];
  return fields.some((f) => ORG_FIELDS.has(f)) && fields.some((f) => VALUE_FIELDS.has(f));
}

/** Higher is better: distinct fields first; on a tie, a real two-row header beats one row, which beats a loose pair. */
function rank(candidate: Candidate): number {
  const twoRow = candidate.header.headerRows.length === 2;
  const bonus = twoRow ? (candidate.combined > 0 && candidate.keepsUpper ? 2 : 0) : 1;
  return candidate.fields.size * 4 + bonus;
}

/**
 * The header of a table: among the first HEADER_SCAN_ROWS non-empty rows (and pairs of adjacent rows), the one
 * that recognises the most distinct canonical fields, provided it has an organisation column (org_code or
 * org_name) and a score column (total, a tool, an EIT part, an indicator) or an item_code column. Ties go to a
 * two-row reading that needs both rows, then to a single row, then to the earlier row.
 */
export function findHeader(rows: readonly RawRow[]): HeaderSearch {
  const window = rows.slice(0, HEADER_SCAN_ROWS + 1);
  const texts = window.map((row) => row.cells.map(rawCellText));
  let best: Candidate | null = null;
  let closest: Candidate | null = null;
  const consider = (candidate: Candidate) => {
    if (isValid(candidate)) {
      if (!best || rank(candidate) > rank(best)) best = candidate;
    } else if (candidate.fields.size > 0 && (!closest || candidate.fields.size > closest.fields.size)) {
      closest = candidate;
    }
  };
  for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, window.length); i++) {
    const single = singleRow(window[i], texts[i]);
    consider(single);
    const next = window[i + 1];
    if (next && next.row === window[i].row + 1) {
      const pair = twoRows(window[i], texts[i], next, texts[i + 1], single);
      if (pair) consider(pair);
    }
  }
  const found = best as Candidate | null;
  const near = closest as Candidate | null;
  return {
    header: found ? found.header : null,
    closest: !found && near ? { row: near.header.headerRows[0], fields: [...near.fields] } : null,
  };
}
