import type { RawRow } from './raw-row';
import type { SourceCell } from './recognised-sheet';
import { TableBuilder } from './table-builder';

const HEADER = ['ลำดับ', 'รหัส อปท.', 'ชื่อหน่วยงาน', 'คะแนนรวม'];

function build(rows: [number, SourceCell[]][]) {
  const builder = new TableBuilder('t.csv', null);
  for (const [row, cells] of rows) builder.push({ row, cells } satisfies RawRow);
  const reading = builder.finish();
  if (reading.status !== 'READ') throw new Error('no header');
  return reading.sheet;
}

const rowNumbers = (rows: [number, SourceCell[]][]) => build(rows).rows.map((r) => r.row);

describe('TableBuilder', () => {
  it('keeps only mapped fields, raw values, and empty or blank cells as null', () => {
    const sheet = build([
      [1, HEADER],
      [2, ['1', '6401010', '  อบต.เมืองเพีย ', ' \u00a0 ']],
      [3, [2, 6401011, 'อบต.ข', 88.1]],
    ]);
    expect(sheet.rows).toEqual([
      { row: 2, cells: { org_code: '6401010', org_name: '  อบต.เมืองเพีย ', total: null } },
      { row: 3, cells: { org_code: 6401011, org_name: 'อบต.ข', total: 88.1 } },
    ]);
  });

  it('gives every row its own cells with the mapped fields in column order, short rows included', () => {
    const sheet = build([
      [1, HEADER],
      [2, ['1', '6401010', 'อบต.ก', '90']],
      [3, ['2', '6401011']],
    ]);
    expect(sheet.rows.map((r) => Object.keys(r.cells))).toEqual([
      ['org_code', 'org_name', 'total'],
      ['org_code', 'org_name', 'total'],
    ]);
    expect(sheet.rows[1].cells).toEqual({ org_code: '6401011', org_name: null, total: null });
    sheet.rows[0].cells.total = 1;
    expect(sheet.rows[1].cells.total).toBeNull();
  });

  it('skips notes, sources and footnote lines that do not look like data, in Thai and English', () => {
    expect(
      rowNumbers([
        [1, HEADER],
        [2, ['1', '6401010', 'อบต.ก', '90']],
        [3, ['หมายเหตุ คะแนนเต็ม 100']],
        [4, ['Source: NACC ITAS']],
        [5, ['* คะแนนถ่วงน้ำหนัก']],
        [6, ['แหล่งข้อมูล: ป.ป.ช.']],
      ]),
    ).toEqual([2]);
  });

  it('keeps a row that starts like a note but holds an organisation and a score', () => {
    expect(
      rowNumbers([
        [1, ['รหัส อปท.', 'ชื่อหน่วยงาน', 'คะแนนรวม']],
        [2, ['*6401010', 'อบต.ก', '90']],
      ]),
    ).toEqual([2]);
  });

  it('skips summary rows without a code, but not an organisation whose name starts with รวม', () => {
    expect(
      rowNumbers([
        [1, HEADER],
        [2, ['1', '6401010', 'รวมใจพัฒนา', '90']],
        [3, ['', '', 'รวมทั้งสิ้น', '180']],
        [4, ['', 'รวม', '', '180']],
        [5, ['', '', 'ค่าเฉลี่ย', '90']],
        [6, ['Total', '', '', '180']],
        [7, ['', '', 'Average', '90']],
        [8, ['', '', 'ภาพรวมจังหวัด', '90']],
        [9, ['3', '6401012', 'รวม', '91']],
      ]),
    ).toEqual([2, 9]);
  });

  it('passes on odd rows after a single blank row, but after two blank rows only rows that look like data', () => {
    expect(
      rowNumbers([
        [1, HEADER],
        [2, ['1', '6401010', 'อบต.ก', '90']],
        [4, ['', '', 'ข้อความแปลก', '']],
        [7, ['', '', 'ลงนาม ผู้อำนวยการ', '']],
        [8, ['', '', 'อบต.ไม่มีรหัส', '']],
        [9, ['2', '6401011', 'อบต.ข', '88']],
        [10, ['', '', 'อบต.ไม่มีคะแนน', '']],
      ]),
    ).toEqual([2, 4, 9, 10]);
  });

  it('skips a header repeated on every page, one row or two', () => {
    const upper = ['รหัส อปท.', 'ชื่อหน่วยงาน', 'ตัวชี้วัด', '', 'คะแนนรวม'];
    const lower = ['', '', '1', '2', ''];
    const sheet = build([
      [1, upper],
      [2, lower],
      [3, ['6401010', 'อบต.ก', '90', '91', '90.5']],
      [4, upper],
      [5, lower],
      [6, ['6401011', 'อบต.ข', '80', '81', '80.5']],
    ]);
    expect(sheet.headerRows).toEqual([1, 2]);
    expect(sheet.rows.map((r) => r.row)).toEqual([3, 6]);
  });

  it('reads rows that arrive after the header window', () => {
    const rows: [number, SourceCell[]][] = [
      [1, HEADER],
      ...Array.from({ length: 100 }, (_, i): [number, SourceCell[]] => [i + 2, [String(i + 1), String(6000000 + i), `อบต.${i}`, '90']]),
    ];
    expect(rowNumbers(rows)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
  });

  it('says why a table has no header', () => {
    const empty = new TableBuilder('t.csv', null).finish();
    expect(empty).toEqual({ status: 'NO_HEADER', reason: { th: 'ไม่มีข้อมูล', en: 'it holds no data' } });
    const builder = new TableBuilder('t.csv', null);
    builder.push({ row: 1, cells: ['รหัส อปท.', 'ชื่อหน่วยงาน'] });
    const reading = builder.finish();
    expect(reading.status === 'NO_HEADER' && reading.reason.en).toMatch(
      /^the closest row is row 1, which has only DLA code, organisation name; a header row needs/,
    );
  });
});
