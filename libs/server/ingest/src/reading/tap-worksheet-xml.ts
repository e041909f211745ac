type Chunk = Buffer | string;

const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\sref="([^"]+)"/g;
/** Longer than any <mergeCell …/> element, so one cut between two chunks is still seen whole. */
const CARRY = 512;

async function* decodeAndCollect(source: AsyncIterable<Chunk>, refs: string[]): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const seen = new Set<string>();
  let carry = '';
  const collect = (text: string) => {
    const window = carry + text;
    for (const match of window.matchAll(MERGE_CELL)) {
      if (seen.has(match[1])) continue;
      seen.add(match[1]);
      refs.push(match[1]);
    }
    carry = window.slice(-CARRY);
  };
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    collect(text);
    yield text;
  }
  const rest = decoder.decode();
  if (rest) {
    collect(rest);
    yield rest;
  }
}

/**
 * Hooks into one worksheet of exceljs's streaming reader before it is read: its XML is decoded as one UTF-8
 * stream (exceljs decodes chunk by chunk and breaks Thai characters at chunk edges) and the merged-cell ranges,
 * which the streaming reader ignores, are collected into `mergeRefs` ("B3:K3"). They are complete once the
 * worksheet's rows have all been read (the XML lists them after the rows).
 */
export function tapWorksheetXml(worksheet: object, mergeRefs: string[]): void {
  const reader = worksheet as { iterator?: AsyncIterable<Chunk> };
  const source = reader.iterator;
  if (!source || typeof source[Symbol.asyncIterator] !== 'function') {
    throw new Error('exceljs WorksheetReader.iterator is gone: review tap-worksheet-xml.ts for this exceljs version');
  }
  reader.iterator = decodeAndCollect(source, mergeRefs);
}
