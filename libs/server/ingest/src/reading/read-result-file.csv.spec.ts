import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { csvText } from './__fixtures__/csv-text';
import { readResultFile } from './read-result-file';

const MAX = 10 * 1024 * 1024;

const TITLE = ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', '', '', '', '', ''];
const HEADER = ['ลำดับ', 'รหัส อปท.', 'ชื่อหน่วยงาน', 'จังหวัด', 'คะแนนรวม', 'ระดับผลการประเมิน'];
const DATA = [
  ['1', '6401010', 'อบต.เมืองเพีย', 'ขอนแก่น', '93.88', 'ผ่านดี'],
  ['2', '6401011', 'อบต.บ้านใหม่', 'ขอนแก่น', '๘๘.๑๐', 'ผ่าน'],
  ['3', '6401012', 'ทต.ท่าพระ', 'ขอนแก่น', '91.00', 'ผ่านดี'],
];
const TABLE = [TITLE, HEADER, ...DATA];

function columnsOf(outcome: Awaited<ReturnType<typeof readResultFile>>) {
  return outcome.sheets[0].columns.map((c) => `${c.column}:${c.field}`);
}

describe('readResultFile: CSV', () => {
  it('reads a UTF-8 file without BOM: title year, header row, data rows with raw cells', async () => {
    const outcome = await readResultFile({ fileName: 'ขอนแก่น-2566.csv', content: Buffer.from(csvText(TABLE), 'utf8') }, { maxBytes: MAX });
    expect(outcome.issues).toEqual([]);
    expect(outcome.details).toEqual({ format: 'csv', encoding: 'utf-8', bom: 'no', delimiter: ',' });
    const [sheet] = outcome.sheets;
    expect(sheet).toMatchObject({ file: 'ขอนแก่น-2566.csv', sheet: null, kind: 'WIDE', headerRows: [2], fiscalYearFromTitle: 2566 });
    expect(columnsOf(outcome)).toEqual(['B:org_code', 'C:org_name', 'D:province', 'E:total', 'F:level']);
    expect(sheet.rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(sheet.rows[1].cells).toEqual({ org_code: '6401011', org_name: 'อบต.บ้านใหม่', province: 'ขอนแก่น', total: '๘๘.๑๐', level: 'ผ่าน' });
  });

  it('reads UTF-8 with a BOM and semicolons', async () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(TABLE, ';'), 'utf8')]);
    const outcome = await readResultFile({ fileName: 'a.csv', content }, { maxBytes: MAX });
    expect(outcome.details).toEqual({ format: 'csv', encoding: 'utf-8', bom: 'yes', delimiter: ';' });
    expect(outcome.sheets[0].rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(outcome.sheets[0].rows[0].cells.org_name).toBe('อบต.เมืองเพีย');
  });

  it('reads UTF-16 LE with a BOM and tabs (Excel "Unicode Text")', async () => {
    const content = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText([HEADER, ...DATA], '\t'), 'utf16le')]);
    const outcome = await readResultFile({ fileName: 'unicode.txt', content }, { maxBytes: MAX });
    expect(outcome.details).toEqual({ format: 'csv', encoding: 'utf-16le', bom: 'yes', delimiter: 'tab' });
    expect(outcome.sheets[0].headerRows).toEqual([1]);
    expect(outcome.sheets[0].rows.map((r) => r.cells.org_name)).toEqual(['อบต.เมืองเพีย', 'อบต.บ้านใหม่', 'ทต.ท่าพระ']);
  });

  it('reads UTF-16 BE with a BOM', async () => {
    const le = Buffer.from(csvText([HEADER, ...DATA]), 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    const outcome = await readResultFile(
      { fileName: 'be.csv', content: Buffer.concat([Buffer.from([0xfe, 0xff]), be]) },
      { maxBytes: MAX },
    );
    expect(outcome.details['encoding']).toBe('utf-16be');
    expect(outcome.sheets[0].rows[2].cells.org_name).toBe('ทต.ท่าพระ');
  });

  it('reads Windows-874 (TIS-620) with Thai-digit headers and irregular spacing', async () => {
    const header = ['รหัส  อปท.', 'ชื่อ อปท.', 'ตัวชี้วัดที่ ๑', 'ตัวชี้วัด ที่ 2', 'ตัวชี้วัดที่๓', 'คะแนน IIT', 'ปี พ.ศ.'];
    const rows = [header, ['6401010', 'อบต.เมืองเพีย', '๙๑.๕๐', '90', '89.5', '90.33', '๒๕๖๖']];
    const outcome = await readResultFile({ fileName: 'tis.csv', content: iconv.encode(csvText(rows), 'windows-874') }, { maxBytes: MAX });
    expect(outcome.details).toEqual({ format: 'csv', encoding: 'windows-874', bom: 'no', delimiter: ',' });
    expect(columnsOf(outcome)).toEqual([
      'A:org_code',
      'B:org_name',
      'C:indicator_1',
      'D:indicator_2',
      'E:indicator_3',
      'F:iit',
      'G:fiscal_year',
    ]);
    expect(outcome.sheets[0].rows).toEqual([
      {
        row: 2,
        cells: {
          org_code: '6401010',
          org_name: 'อบต.เมืองเพีย',
          indicator_1: '๙๑.๕๐',
          indicator_2: '90',
          indicator_3: '89.5',
          iit: '90.33',
          fiscal_year: '๒๕๖๖',
        },
      },
    ]);
  });

  it('keeps quoted delimiters and line breaks inside a field and numbers rows by record', async () => {
    const text = [
      'รหัส อปท.,ชื่อหน่วยงาน,คะแนนรวม,หมายเหตุ',
      '6401010,"อบต.เมืองเพีย, อ.บ้านไผ่",93.88,',
      '6401011,อบต.บ้านใหม่,88.10,"ข้อมูลแก้ไข',
      'บรรทัดที่สอง, มีจุลภาค"',
      '6401012,"ทต.""ท่าพระ""",91.00,',
    ].join('\n');
    const outcome = await readResultFile({ fileName: 'quoted.csv', content: Buffer.from(text) }, { maxBytes: MAX });
    const rows = outcome.sheets[0].rows;
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(rows.map((r) => r.cells.org_name)).toEqual(['อบต.เมืองเพีย, อ.บ้านไผ่', 'อบต.บ้านใหม่', 'ทต."ท่าพระ"']);
  });

  it('skips footers, summary rows, blank rows and a repeated header', async () => {
    const rows = [
      HEADER,
      DATA[0],
      [],
      DATA[1],
      HEADER,
      DATA[2],
      ['', '', 'รวม', '', '273.98', ''],
      ['', '', 'เฉลี่ย', '', '91.33', ''],
      [],
      [],
      ['หมายเหตุ: คะแนนเต็ม 100', '', '', '', '', ''],
      ['ที่มา: สำนักงาน ป.ป.ช.', '', '', '', '', ''],
      ['', '', 'ข้อความอื่นหลังหมายเหตุ', '', '', ''],
    ];
    const outcome = await readResultFile({ fileName: 'footers.csv', content: Buffer.from(csvText(rows)) }, { maxBytes: MAX });
    expect(outcome.sheets[0].rows.map((r) => r.row)).toEqual([2, 4, 6]);
  });

  it('after two blank rows still reads rows that look like data, and only those', async () => {
    const rows = [HEADER, DATA[0], [], [], ['', '', 'ตารางที่ 2', '', '', ''], DATA[1], ['', '', 'อบต.ไม่มีคะแนน', '', '', '']];
    const outcome = await readResultFile({ fileName: 'blocks.csv', content: Buffer.from(csvText(rows)) }, { maxBytes: MAX });
    expect(outcome.sheets[0].rows.map((r) => r.row)).toEqual([2, 6, 7]);
  });

  it('reads a question-level (ITEMS) table: "คะแนน" is the item score and i1 … are values', async () => {
    const rows = [
      ['รหัส อปท.', 'ปีงบประมาณ', 'ข้อ', 'คะแนน'],
      ['6401010', '2566', 'i1', '95.5'],
      ['6401010', '2566', 'O42', '100'],
    ];
    const outcome = await readResultFile({ fileName: 'items.csv', content: Buffer.from(csvText(rows)) }, { maxBytes: MAX });
    const [sheet] = outcome.sheets;
    expect(sheet.kind).toBe('ITEMS');
    expect(columnsOf(outcome)).toEqual(['A:org_code', 'B:fiscal_year', 'C:item_code', 'D:item_score']);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      { org_code: '6401010', fiscal_year: '2566', item_code: 'i1', item_score: '95.5' },
      { org_code: '6401010', fiscal_year: '2566', item_code: 'O42', item_score: '100' },
    ]);
  });

  it('reports two columns for one field as COLUMN_DUPLICATED at the second column, with no rows', async () => {
    const rows = [
      ['รหัส อปท.', 'ชื่อหน่วยงาน', 'คะแนนรวม', 'คะแนน ITA'],
      ['6401010', 'อบต.เมืองเพีย', '93.88', '93.88'],
    ];
    const outcome = await readResultFile({ fileName: 'dup.csv', content: Buffer.from(csvText(rows)) }, { maxBytes: MAX });
    expect(outcome.issues).toEqual([
      { file: 'dup.csv', sheet: null, row: 1, column: 'D', code: 'COLUMN_DUPLICATED', message: expect.stringContaining('C และ D') },
    ]);
    expect(outcome.issues[0].message).toContain('Columns C and D are both "total score"');
    expect(outcome.sheets[0].rows).toEqual([]);
  });

  it('reports a CSV without a header row as HEADER_NOT_FOUND, saying what is missing', async () => {
    const rows = [
      ['ชื่อหน่วยงาน', 'หมายเหตุ'],
      ['อบต.เมืองเพีย', 'ส่งแล้ว'],
    ];
    const outcome = await readResultFile({ fileName: 'nohead.csv', content: Buffer.from(csvText(rows)) }, { maxBytes: MAX });
    expect(outcome.sheets).toEqual([]);
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ file: 'nohead.csv', sheet: null, row: null, column: null, code: 'HEADER_NOT_FOUND' });
    expect(outcome.issues[0].message).toMatch(/^ไม่พบแถวหัวตารางในไฟล์ "nohead\.csv".* \/ No header row found in file "nohead\.csv"/);
    expect(outcome.issues[0].message).toContain('row 1, which has only organisation name');
  });

  it('reports an unclosed quote as FILE_UNREADABLE at the row where the broken field starts', async () => {
    const text = 'รหัส อปท.,ชื่อหน่วยงาน,คะแนนรวม\n6401010,อบต.เมืองเพีย,93.88\n6401011,"อบต.บ้านใหม่,88.10\n6401012,ทต.ท่าพระ,91\n';
    const outcome = await readResultFile({ fileName: 'broken.csv', content: Buffer.from(text) }, { maxBytes: MAX });
    expect(outcome.sheets).toEqual([]);
    expect(outcome.issues).toEqual([expect.objectContaining({ code: 'FILE_UNREADABLE', sheet: null, row: 3, column: null })]);
    expect(outcome.issues[0].message).toContain('CSV file "broken.csv" cannot be read from row 3 on (a quote is opened and never closed)');
  });

  it('streams a file from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ita-read-'));
    try {
      const path = join(dir, 'upload-1234');
      const rows = [
        HEADER,
        ...Array.from({ length: 5000 }, (_, i) => [String(i + 1), String(6000000 + i), `อบต.ทดสอบ${i}`, 'ขอนแก่น', '90.5', 'ผ่าน']),
      ];
      await writeFile(path, iconv.encode(csvText(rows), 'windows-874'));
      const outcome = await readResultFile({ fileName: 'C:\\Users\\clerk\\ผล ITA.csv', path }, { maxBytes: MAX });
      expect(outcome.details['encoding']).toBe('windows-874');
      expect(outcome.sheets[0].file).toBe('ผล ITA.csv');
      expect(outcome.sheets[0].rows).toHaveLength(5000);
      expect(outcome.sheets[0].rows[4999]).toEqual({
        row: 5001,
        cells: { org_code: '6004999', org_name: 'อบต.ทดสอบ4999', province: 'ขอนแก่น', total: '90.5', level: 'ผ่าน' },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads a file given in memory exactly as the same bytes streamed from disk', async () => {
    const text = csvText([TITLE, HEADER, ...DATA, ['4', '6401013', '"อบต.ดอน""ใหม่"', 'ขอนแก่น', '', '']]).replace(/\n/g, '\r\n');
    const files: Record<string, Buffer> = {
      utf8: Buffer.from(text),
      utf8Bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      // A BOM decides UTF-8 even when later bytes are not: they decode to U+FFFD either way.
      utf8BomBadBytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text), Buffer.from([0xe0, 0xb8]), Buffer.from(',x\n')]),
      windows874: iconv.encode(text, 'windows-874'),
      csvParseFallback: Buffer.from(`${text}5,6401014,อบต."ก"ข,ขอนแก่น,90,ผ่าน\n`),
    };
    const dir = await mkdtemp(join(tmpdir(), 'ita-read-'));
    try {
      for (const [name, content] of Object.entries(files)) {
        const path = join(dir, `${name}.csv`);
        await writeFile(path, content);
        const fromMemory = await readResultFile({ fileName: `${name}.csv`, content }, { maxBytes: MAX });
        const fromDisk = await readResultFile({ fileName: `${name}.csv`, path }, { maxBytes: MAX });
        expect(fromMemory.sheets[0]?.rows.length).toBeGreaterThanOrEqual(4);
        expect(fromMemory).toEqual(fromDisk);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
