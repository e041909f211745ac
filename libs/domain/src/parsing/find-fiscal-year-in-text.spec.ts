import { findFiscalYearInText } from './find-fiscal-year-in-text';

describe('findFiscalYearInText', () => {
  it('finds a Thai-digit BE year in a title row', () => {
    expect(findFiscalYearInText('ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖')).toEqual({ value: 2566, convertedFromCE: false });
  });

  it('converts a CE year', () => {
    expect(findFiscalYearInText('ITA 2025 results')).toEqual({ value: 2568, convertedFromCE: true });
    expect(findFiscalYearInText('ITA2025')).toEqual({ value: 2568, convertedFromCE: true });
  });

  it('accepts the same year written in both eras, preferring the BE reading', () => {
    expect(findFiscalYearInText('ITA 2566 (2023)')).toEqual({ value: 2566, convertedFromCE: false });
  });

  it('returns null when two different years appear', () => {
    expect(findFiscalYearInText('ผลการประเมิน ITA 2566 เทียบกับ 2565')).toBeNull();
    expect(findFiscalYearInText('ปีงบประมาณ 2566 ข้อมูล ณ 15 ม.ค. 2567')).toBeNull();
  });

  it('returns null when there is no year', () => {
    expect(findFiscalYearInText('ผลการประเมิน ITA')).toBeNull();
    expect(findFiscalYearInText('')).toBeNull();
  });

  it('ignores numbers that are not years or are part of longer numbers', () => {
    expect(findFiscalYearInText('รหัส 5451607 คะแนน 1234 ปี 2566')).toEqual({ value: 2566, convertedFromCE: false });
    expect(findFiscalYearInText('คะแนนเฉลี่ย 2566.50')).toBeNull();
  });

  it('returns years before 2561 too, for the caller to reject', () => {
    expect(findFiscalYearInText('ITA ปี 2560')).toEqual({ value: 2560, convertedFromCE: false });
  });
});
