import { isSummaryText } from './is-summary-text';

describe('isSummaryText', () => {
  it.each([
    'รวม',
    'รวม 25 แห่ง',
    'รวมทั้งสิ้น',
    'รวมทั้งจังหวัด',
    'ภาพรวมจังหวัดขอนแก่น',
    'เฉลี่ย',
    'ค่าเฉลี่ย',
    'คะแนนเฉลี่ย',
    'Total',
    'Grand total',
    'Average',
    'mean',
  ])('%s is a summary', (text) => {
    expect(isSummaryText(text)).toBe(true);
  });

  it.each(['', 'รวมใจ', 'รวมไทยพัฒนา', 'อบต.รวม', 'Totalis', '6401010'])('%j is not', (text) => {
    expect(isSummaryText(text)).toBe(false);
  });
});
