import type { FoundHeader } from './found-header';
import { isRepeatedHeader } from './is-repeated-header';

const header: FoundHeader = {
  kind: 'WIDE',
  headerRows: [1, 2],
  columns: [],
  rowKeys: [
    ['ลำดับ', 'รหัสอปท', 'ชื่อหน่วยงาน', 'ตัวชี้วัด', '', '', 'คะแนนรวม'],
    ['', '', '', '1', '2', '3', ''],
  ],
};

describe('isRepeatedHeader', () => {
  it('spots either header row written again, spacing and Thai digits aside', () => {
    expect(isRepeatedHeader(['ลำดับ', 'รหัส อปท.', 'ชื่อหน่วยงาน', 'ตัวชี้วัด', null, null, 'คะแนนรวม'], header)).toBe(true);
    expect(isRepeatedHeader([null, null, null, '๑', 2, '3'], header)).toBe(true);
    expect(isRepeatedHeader([null, 'รหัส อปท.', 'ชื่อหน่วยงาน', null, null, null, 'คะแนนรวม'], header)).toBe(true);
  });

  it('does not take a data row for the header', () => {
    expect(isRepeatedHeader([1, '6401010', 'อบต.เมืองเพีย', 90, 91, 92, 91], header)).toBe(false);
    expect(isRepeatedHeader([null, 'รหัส อปท.', null, 1, null, null, null], header)).toBe(false);
  });
});
