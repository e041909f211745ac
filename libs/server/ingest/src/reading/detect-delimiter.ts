import type { CsvDelimiter } from './csv-delimiter';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];
const SAMPLE_RECORDS = 30;

/** Number of fields of each non-empty record, delimiters inside quotes (and quoted line breaks) not counted. */
function fieldCounts(sample: string, delimiter: string, complete: boolean): number[] {
  const counts: number[] = [];
  let fields = 1;
  let hasText = false;
  let quoted = false;
  for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i++) {
    const char = sample[i];
    if (char === '"') {
      if (quoted && sample[i + 1] === '"') i++;
      else quoted = !quoted;
      hasText = true;
    } else if (quoted) {
      continue;
    } else if (char === delimiter) {
      fields++;
      hasText = true;
    } else if (char === '\n' || char === '\r') {
      if (hasText) counts.push(fields);
      fields = 1;
      hasText = false;
    } else if (char.trim() !== '') {
      hasText = true;
    }
  }
  // The last record counts only when the sample is the whole file (otherwise it may be cut short).
  if (complete && hasText && counts.length < SAMPLE_RECORDS) counts.push(fields);
  return counts;
}

/** Most frequent count of at least `min` fields, with how many records have it. */
function consistentWidth(counts: readonly number[], min: number): { width: number; records: number } {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count >= min) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = { width: 0, records: 0 };
  for (const [width, records] of frequency) {
    if (records > best.records || (records === best.records && width > best.width)) best = { width, records };
  }
  return best;
}

/**
 * The delimiter of a CSV from a decoded sample of its start (the first 30 non-empty records): the candidate
 * (comma, semicolon, tab) under which the most records share one field count of at least 3 — the header region
 * of a real table — wins; ties go to the wider table, then to comma, semicolon, tab in that order. When no
 * candidate gives 3 columns, the same test with 2; comma when nothing splits.
 */
export function detectDelimiter(sample: string, complete: boolean): CsvDelimiter {
  for (const min of [3, 2]) {
    let best: { delimiter: CsvDelimiter; width: number; records: number } | null = null;
    for (const delimiter of CANDIDATES) {
      const { width, records } = consistentWidth(fieldCounts(sample, delimiter, complete), min);
      if (records === 0) continue;
      if (!best || records > best.records || (records === best.records && width > best.width)) best = { delimiter, width, records };
    }
    if (best) return best.delimiter;
  }
  return ',';
}
