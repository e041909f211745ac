import { isFooterText } from './is-footer-text';

describe('isFooterText', () => {
  it.each([
    'หมายเหตุ',
    'หมายเหตุ: คะแนนเต็ม 100',
    'ที่มา: สำนักงาน ป.ป.ช.',
    'แหล่งข้อมูล ITAS',
    'ข้อมูล ณ วันที่ 30 ก.ย. 2566',
    'Note: weighted',
    'Notes',
    'Source: NACC',
    'Remarks',
    '* ไม่รวมเมืองพัทยา',
  ])('%s starts a footer', (text) => {
    expect(isFooterText(text)).toBe(true);
  });

  it.each(['', '6401010', 'อบต.เมืองเพีย', 'Notebook', 'ที่', 'Sourcing'])('%j does not', (text) => {
    expect(isFooterText(text)).toBe(false);
  });
});
