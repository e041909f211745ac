import { fiscalYearFromTitle } from './fiscal-year-from-title';

describe('fiscalYearFromTitle', () => {
  it('reads a BE year with Thai digits, or a CE year, from the title rows', () => {
    expect(fiscalYearFromTitle([{ row: 1, cells: ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'] }])).toBe(2566);
    expect(fiscalYearFromTitle([{ row: 1, cells: ['ITA 2025 results', null, 'ITA 2025 results'] }])).toBe(2568);
  });

  it('prefers the row that says it is the fiscal year over a date line', () => {
    const rows = [
      { row: 1, cells: ['ข้อมูล ณ วันที่ 1 ตุลาคม 2566'] },
      { row: 2, cells: ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567'] },
    ];
    expect(fiscalYearFromTitle(rows)).toBe(2567);
    expect(fiscalYearFromTitle(rows.slice(0, 1))).toBe(2566);
  });

  it('gives null without a year, or when a row names two different years', () => {
    expect(fiscalYearFromTitle([])).toBeNull();
    expect(fiscalYearFromTitle([{ row: 1, cells: ['ผลการประเมิน ITA'] }])).toBeNull();
    expect(fiscalYearFromTitle([{ row: 1, cells: ['เปรียบเทียบ ITA ปี 2565 และ 2566'] }])).toBeNull();
  });
});
