import { parse } from 'csv-parse/sync';
import { PlainCsvSplitter } from './plain-csv-splitter';

const CSV_PARSE_OPTIONS = { record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: true, relax_column_count: true, skip_empty_lines: false };

/** The splitter's records for text cut into the given chunks, or null when it declines the text. */
function split(chunks: string[], delimiter = ','): string[][] | null {
  const records: string[][] = [];
  const splitter = new PlainCsvSplitter(delimiter, (cells) => records.push(cells));
  for (const chunk of chunks) if (!splitter.push(chunk)) return null;
  return splitter.end() ? records : null;
}

function csvParse(text: string, delimiter = ','): string[][] | 'ERROR' {
  try {
    return parse(text, { ...CSV_PARSE_OPTIONS, delimiter }) as string[][];
  } catch {
    return 'ERROR';
  }
}

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('PlainCsvSplitter', () => {
  it.each([
    ['a,b\n', [['a', 'b']]],
    ['a,b', [['a', 'b']]],
    ['a,b\n\nc', [['a', 'b'], [''], ['c']]],
    ['\n', [['']]],
    ['', []],
    ['a\r\rb\r\n', [['a'], [''], ['b']]],
    ['"a ""b"", c",d\r\n', [['a "b", c', 'd']]],
    ['"line\r\nbreak",x', [['line\r\nbreak', 'x']]],
    [
      'a,\n"",x\n',
      [
        ['a', ''],
        ['', 'x'],
      ],
    ],
  ])('splits %j as csv-parse does', (text, expected) => {
    expect(split([text])).toEqual(expected);
    expect(csvParse(text)).toEqual(expected);
  });

  it.each(['ab"c,d', '"ab"c,d', '"ab" ,d', ' "a",b', '"unclosed'])('declines %j (csv-parse relaxes or rejects it)', (text) => {
    expect(split([text])).toBeNull();
  });

  it('gives what csv-parse gives for any text it accepts, however the text is cut into chunks', () => {
    const next = random(20_251_122);
    const alphabet = ['a', 'ก', '9', '.', ' ', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n'];
    let accepted = 0;
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(next() * 24);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const delimiter = [',', ';', '\t'][n % 3];
      const cuts = [0, ...Array.from({ length: 3 }, () => Math.floor(next() * (text.length + 1))).sort((a, b) => a - b), text.length];
      const chunks = cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
      const records = split(chunks, delimiter);
      expect(split([text], delimiter)).toEqual(records);
      if (records === null) continue;
      accepted++;
      expect([text, records]).toEqual([text, csvParse(text, delimiter)]);
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  it('splits plain lines at once and quoted ones character by character, however a chunk cuts them', () => {
    const text = 'ปี,รหัส,ชื่อ\r\n2566,6401010,"อบต.""ก"", ข"\r\n2566,6401011,อบต.ข\r\n\r\n2566;x,\r,y\n"a\nb",c\nlast,line';
    const expected = csvParse(text);
    expect(expected).toContainEqual(['2566', '6401011', 'อบต.ข']);
    for (let cut = 0; cut <= text.length; cut++) expect(split([text.slice(0, cut), text.slice(cut)])).toEqual(expected);
  });
});
