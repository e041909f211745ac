import { findHeader } from './find-header';
import type { RawRow } from './raw-row';
import type { SourceCell } from './recognised-sheet';

const rows = (...cells: SourceCell[][]): RawRow[] => cells.map((c, i) => ({ row: i + 1, cells: c }));
const fieldsOf = (search: ReturnType<typeof findHeader>) => search.header?.columns.map((c) => `${c.index}:${c.field}`);
const INDICATORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('findHeader', () => {
  it('finds the header below title rows and ignores ลำดับ / ที่ / No. and unknown columns', () => {
    const search = findHeader(
      rows(
        ['ผลการประเมินคุณธรรมและความโปร่งใส (ITA)'],
        ['ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
        ['ลำดับ', 'รหัส อปท.', 'ชื่อ อปท.', 'เบอร์โทร', 'คะแนนรวม', 'No.'],
        [1, '6401010', 'อบต.เมืองเพีย', '043-000000', 93.88, 'x'],
      ),
    );
    expect(search.header?.headerRows).toEqual([3]);
    expect(fieldsOf(search)).toEqual(['1:org_code', '2:org_name', '4:total']);
  });

  it('picks the row that recognises the most fields', () => {
    const search = findHeader(
      rows(['ชื่อหน่วยงาน', 'คะแนน'], ['รหัส อปท.', 'ชื่อหน่วยงาน', 'จังหวัด', 'คะแนนรวม', 'ระดับ'], ['6401010', 'อบต.ก', 'ขอนแก่น', 90, 'ผ่าน']),
    );
    expect(search.header?.headerRows).toEqual([2]);
  });

  it('joins a group label written once (CSV, no merge) with the numbers below it', () => {
    const search = findHeader(
      rows(
        ['รหัส อปท.', 'ชื่อหน่วยงาน', 'ตัวชี้วัด', '', '', '', '', '', '', '', '', '', 'คะแนนรวม'],
        ['', '', ...INDICATORS, ''],
        ['6401010', 'อบต.ก', ...INDICATORS.map(() => 90), 90],
      ),
    );
    expect(search.header?.headerRows).toEqual([1, 2]);
    expect(fieldsOf(search)).toEqual(['0:org_code', '1:org_name', ...INDICATORS.map((n) => `${n + 1}:indicator_${n}`), '12:total']);
    expect(search.header?.columns[2].header).toBe('ตัวชี้วัด 1');
  });

  it('reads "คะแนนรายตัวชี้วัด" over "ที่ 1" … as indicators', () => {
    const search = findHeader(rows(['รหัส', 'ชื่อ', 'คะแนนรายตัวชี้วัด', '', ''], ['', '', 'ที่ 1', 'ที่ ๒', 'ที่ 3']));
    expect(fieldsOf(search)).toEqual(['0:org_code', '1:org_name', '2:indicator_1', '3:indicator_2', '4:indicator_3']);
  });

  it('reads a units row below the header as part of it', () => {
    const search = findHeader(
      rows(['รหัส อปท.', 'ชื่อหน่วยงาน', 'IIT', 'EIT', 'OIT'], ['', '', '(30)', '(30)', '(40)'], ['6401010', 'อบต.ก', 29.2, 29.7, 35]),
    );
    expect(search.header?.headerRows).toEqual([1, 2]);
    expect(search.header?.columns.map((c) => c.header)).toEqual(['รหัส อปท.', 'ชื่อหน่วยงาน', 'IIT (30)', 'EIT (30)', 'OIT (40)']);
  });

  it('does not join the header with its first data row', () => {
    const search = findHeader(rows(['รหัส อปท.', 'ชื่อหน่วยงาน', 'IIT', 'EIT', 'OIT'], ['6401010', 'อบต.ก', '30', '30', '40']));
    expect(search.header?.headerRows).toEqual([1]);
  });

  it('does not take a merged title that happens to be a header word as a group row', () => {
    const title = 'ผลการประเมิน';
    const search = findHeader(rows([title, title, title, title], ['ลำดับ', 'รหัส อปท.', '', 'คะแนนรวม']));
    expect(search.header?.headerRows).toEqual([2]);
    expect(fieldsOf(search)).toEqual(['1:org_code', '3:total']);
  });

  it('recognises an ITEMS table by its item code column', () => {
    const search = findHeader(rows(['รหัส อปท.', 'ปี', 'รหัสข้อ', 'คะแนน']));
    expect(search.header?.kind).toBe('ITEMS');
    expect(fieldsOf(search)).toEqual(['0:org_code', '1:fiscal_year', '2:item_code', '3:item_score']);
  });

  it('needs an organisation column and a score column, and says which row came closest', () => {
    expect(findHeader(rows(['คะแนนรวม', 'IIT', 'EIT']))).toEqual({ header: null, closest: { row: 1, fields: ['total', 'iit', 'eit'] } });
    expect(findHeader(rows(['x'], ['รหัส อปท.', 'ชื่อหน่วยงาน', 'จังหวัด']))).toEqual({
      header: null,
      closest: { row: 2, fields: ['org_code', 'org_name', 'province'] },
    });
    expect(findHeader(rows(['a', 'b'], ['c', 'd']))).toEqual({ header: null, closest: null });
  });

  it('looks no further than the first 30 non-empty rows', () => {
    const filler = Array.from({ length: 30 }, (_, i) => [`บรรทัด ${i + 1}`]);
    expect(findHeader(rows(...filler, ['รหัส อปท.', 'คะแนนรวม'])).header).toBeNull();
    expect(findHeader(rows(...filler.slice(1), ['รหัส อปท.', 'คะแนนรวม'])).header?.headerRows).toEqual([30]);
  });
});
