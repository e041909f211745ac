import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workbookBuffer } from './__fixtures__/workbook-buffer';
import { readResultFile } from './read-result-file';

const MAX = 10 * 1024 * 1024;
const INDICATORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

async function read(fileName: string, content: Buffer) {
  return readResultFile({ fileName, content }, { maxBytes: MAX });
}

describe('readResultFile: XLSX', () => {
  it('reads a two-row header with a merged "ตัวชี้วัด" over 1 … 10 below a merged title', async () => {
    const content = await workbookBuffer([
      {
        name: 'ผลการประเมิน',
        rows: [
          ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ จังหวัดขอนแก่น'],
          ['ลำดับ', 'รหัส อปท.', 'ชื่อหน่วยงาน', 'ตัวชี้วัด', null, null, null, null, null, null, null, null, null, 'คะแนนรวม'],
          [null, null, null, ...INDICATORS],
          [1, '6401010', 'อบต.เมืองเพีย', 97.5, 96, 99.45, 98, 97, 99.8, 97.9, 98.1, 90, 85, 93.88],
          [2, '6401011', 'อบต.บ้านใหม่', 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 88.1],
        ],
        merges: ['A1:N1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:M2', 'N2:N3'],
      },
    ]);
    const outcome = await read('khonkaen.xlsx', content);
    expect(outcome.issues).toEqual([]);
    expect(outcome.details).toEqual({ format: 'xlsx', sheets: '1', sheetsRead: '1' });
    const [sheet] = outcome.sheets;
    expect(sheet).toMatchObject({
      file: 'khonkaen.xlsx',
      sheet: 'ผลการประเมิน',
      kind: 'WIDE',
      headerRows: [2, 3],
      fiscalYearFromTitle: 2566,
    });
    expect(sheet.columns.map((c) => `${c.column}:${c.field}`)).toEqual([
      'B:org_code',
      'C:org_name',
      ...INDICATORS.map((n, i) => `${String.fromCharCode(68 + i)}:indicator_${n}`),
      'N:total',
    ]);
    expect(sheet.columns.find((c) => c.field === 'indicator_1')?.header).toBe('ตัวชี้วัด 1');
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 5]);
    expect(sheet.rows[0].cells).toMatchObject({ org_code: '6401010', indicator_3: 99.45, indicator_10: 85, total: 93.88 });
  });

  it('reads tool columns under a "คะแนนถ่วงน้ำหนัก" group as weighted points, and units in the row below', async () => {
    const content = await workbookBuffer([
      {
        name: 'Sheet1',
        rows: [
          ['รหัส อปท.', 'ชื่อ อปท.', 'คะแนนถ่วงน้ำหนัก', null, null, 'IIT', 'EIT', 'OIT'],
          [null, null, 'IIT', 'EIT', 'OIT', '(100)', '(100)', '(100)'],
          ['6401010', 'อบต.เมืองเพีย', 29.22, 29.66, 35, 97.41, 98.85, 87.5],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:E1'],
      },
    ]);
    const outcome = await read('tools.xlsx', content);
    const columns = outcome.sheets[0].columns.map((c) => `${c.column}:${c.field}:${c.scale}`);
    // Both groups name the same three tools: a clerk must keep one of them.
    expect(columns).toEqual([
      'A:org_code:null',
      'B:org_name:null',
      'C:iit:POINTS',
      'D:eit:POINTS',
      'E:oit:POINTS',
      'F:iit:SCORE',
      'G:eit:SCORE',
      'H:oit:SCORE',
    ]);
    expect(outcome.issues.map((i) => `${i.code}@${i.row}${i.column}`)).toEqual([
      'COLUMN_DUPLICATED@2F',
      'COLUMN_DUPLICATED@2G',
      'COLUMN_DUPLICATED@2H',
    ]);
  });

  it('reads every province sheet and skips an "อ่านก่อน" sheet with a warning', async () => {
    const header = ['รหัส อปท.', 'ชื่อหน่วยงาน', 'คะแนนรวม'];
    const content = await workbookBuffer([
      { name: 'อ่านก่อน', rows: [['คำอธิบาย'], ['ไฟล์นี้รวบรวมผลการประเมิน ITA ปี 2566 แยกรายจังหวัด']] },
      { name: 'ขอนแก่น', rows: [header, ['6401010', 'อบต.เมืองเพีย', 93.88]] },
      { name: 'ว่าง', rows: [] },
      { name: 'เชียงใหม่', rows: [['ผลการประเมิน ITA 2566'], [], header, ['5001010', 'อบต.สันผักหวาน', 90.12], ['5001011', 'ทต.หางดง', 88]] },
    ]);
    const outcome = await read('provinces.xlsx', content);
    expect(outcome.sheets.map((s) => [s.sheet, s.headerRows, s.rows.map((r) => r.row)])).toEqual([
      ['ขอนแก่น', [1], [2]],
      ['เชียงใหม่', [3], [4, 5]],
    ]);
    expect(outcome.sheets[1].fiscalYearFromTitle).toBe(2566);
    expect(outcome.issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([
      ['SHEET_SKIPPED', 'อ่านก่อน', null, null],
      ['SHEET_SKIPPED', 'ว่าง', null, null],
    ]);
    expect(outcome.issues[0].message).toMatch(
      /^ข้ามแผ่นงาน "อ่านก่อน" ของไฟล์ "provinces\.xlsx": .* \/ Sheet "อ่านก่อน" of file "provinces\.xlsx" was skipped: no known column names/,
    );
    expect(outcome.issues[1].message).toContain('it holds no data');
  });

  it('gives one HEADER_NOT_FOUND error when no sheet has a header', async () => {
    const content = await workbookBuffer([
      { name: 'อ่านก่อน', rows: [['คำอธิบาย']] },
      {
        name: 'รายชื่อ',
        rows: [
          ['รหัส อปท.', 'ชื่อหน่วยงาน'],
          ['6401010', 'อบต.เมืองเพีย'],
        ],
      },
    ]);
    const outcome = await read('none.xlsx', content);
    expect(outcome.sheets).toEqual([]);
    expect(outcome.issues).toEqual([
      { file: 'none.xlsx', sheet: null, row: null, column: null, code: 'HEADER_NOT_FOUND', message: expect.any(String) },
    ]);
    expect(outcome.issues[0].message).toContain('"รายชื่อ" – the closest row is row 1, which has only DLA code, organisation name');
  });

  it('keeps numbers stored as text as text, numbers as numbers, and reads hidden columns', async () => {
    const content = await workbookBuffer([
      {
        name: 'ITA',
        rows: [
          ['รหัส อปท.', 'ชื่อหน่วยงาน', 'IIT', 'EIT', 'OIT', 'คะแนนรวม'],
          [6401010, 'อบต.เมืองเพีย', '97.41', ' ๙๘.๘๕ ', 87.5, { formula: 'ROUND(0.3*C2+0.3*D2+0.4*E2,2)', result: 93.88 }],
        ],
        hiddenColumns: [3, 4],
      },
    ]);
    const outcome = await read('text-numbers.xlsx', content);
    expect(outcome.sheets[0].columns.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(outcome.sheets[0].rows[0].cells).toEqual({
      org_code: 6401010,
      org_name: 'อบต.เมืองเพีย',
      iit: '97.41',
      eit: ' ๙๘.๘๕ ',
      oit: 87.5,
      total: 93.88,
    });
  });

  it('reads rich-text headers, percent formats and dates as a reader sees them', async () => {
    const content = await workbookBuffer([
      {
        name: 'ITA',
        rows: [
          ['รหัส อปท.', { richText: [{ text: 'ชื่อ' }, { font: { bold: true }, text: 'หน่วยงาน' }] }, 'คะแนนรวม', 'ปีงบประมาณ'],
          ['6401010', 'อบต.เมืองเพีย', 0.9388, new Date(Date.UTC(2023, 8, 30))],
        ],
        numFmts: { C2: '0.00%' },
      },
    ]);
    const outcome = await read('formats.xlsx', content);
    expect(outcome.sheets[0].columns.map((c) => c.field)).toEqual(['org_code', 'org_name', 'total', 'fiscal_year']);
    expect(outcome.sheets[0].rows[0].cells).toEqual({
      org_code: '6401010',
      org_name: 'อบต.เมืองเพีย',
      total: 93.88,
      fiscal_year: '2023-09-30',
    });
  });

  it('counts a province merged down over its organisations for each row, but not a note merged across', async () => {
    const content = await workbookBuffer([
      {
        name: 'ITA',
        rows: [
          ['จังหวัด', 'รหัส อปท.', 'ชื่อหน่วยงาน', 'คะแนนรวม'],
          ['ขอนแก่น', '6401010', 'อบต.เมืองเพีย', 93.88],
          [null, '6401011', 'อบต.บ้านใหม่', 88.1],
          [],
          ['หมายเหตุ: ข้อมูลจากระบบ ITAS'],
        ],
        merges: ['A2:A3', 'A5:D5'],
      },
    ]);
    const outcome = await read('merged-data.xlsx', content);
    expect(outcome.sheets[0].rows.map((r) => [r.row, r.cells.province])).toEqual([
      [2, 'ขอนแก่น'],
      [3, 'ขอนแก่น'],
    ]);
  });

  it('keeps Thai text whole across the chunks of a large workbook (exceljs streaming bug)', async () => {
    const rows = [
      ['รหัส อปท.', 'ชื่อหน่วยงาน', 'คะแนนรวม'],
      ...Array.from({ length: 4000 }, (_, i) => [String(6000000 + i), `องค์การบริหารส่วนตำบลบ้านหนองสองห้อง${i}`, 90]),
    ];
    const content = await workbookBuffer([{ name: 'ทั้งประเทศ', rows }]);
    const outcome = await read('national.xlsx', content);
    const names = outcome.sheets[0].rows.map((r) => r.cells.org_name);
    expect(names).toHaveLength(4000);
    expect(names.filter((name) => String(name).includes('\uFFFD'))).toEqual([]);
    expect(names[3999]).toBe('องค์การบริหารส่วนตำบลบ้านหนองสองห้อง3999');
  });

  it('streams a workbook from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ita-read-'));
    try {
      const path = join(dir, 'upload.bin');
      await writeFile(
        path,
        await workbookBuffer([
          {
            name: 'ITA',
            rows: [
              ['รหัส', 'ชื่อ', 'คะแนน'],
              ['6401010', 'อบต.เมืองเพีย', 93.88],
            ],
          },
        ]),
      );
      const outcome = await readResultFile({ fileName: 'disk.xlsx', path }, { maxBytes: MAX });
      expect(outcome.sheets[0].rows).toEqual([{ row: 2, cells: { org_code: '6401010', org_name: 'อบต.เมืองเพีย', total: 93.88 } }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
