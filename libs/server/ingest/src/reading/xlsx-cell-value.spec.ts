import { xlsxCellValue } from './xlsx-cell-value';

describe('xlsxCellValue', () => {
  it('keeps numbers as numbers and text as text, numbers stored as text included', () => {
    expect(xlsxCellValue(93.88)).toBe(93.88);
    expect(xlsxCellValue('93.88')).toBe('93.88');
    expect(xlsxCellValue(' ๙๓.๘๘ ')).toBe(' ๙๓.๘๘ ');
  });

  it('gives null for empty and blank cells', () => {
    expect(xlsxCellValue(null)).toBeNull();
    expect(xlsxCellValue(undefined)).toBeNull();
    expect(xlsxCellValue(' \u00a0 ')).toBeNull();
  });

  it('shows a percent-formatted number as the percentage a reader sees', () => {
    expect(xlsxCellValue(0.9113, '0.00%')).toBe(91.13);
    // A quoted or escaped "%" is literal text: the value is shown as it is.
    expect(xlsxCellValue(91.13, '0.00"%"')).toBe(91.13);
    expect(xlsxCellValue(91.13, '0.00\\%')).toBe(91.13);
  });

  it('joins rich text and uses the cached result of a formula', () => {
    expect(xlsxCellValue({ richText: [{ text: 'ตัวชี้วัด' }, { font: { bold: true }, text: 'ที่ 1' }] })).toBe('ตัวชี้วัดที่ 1');
    expect(xlsxCellValue({ formula: 'AVERAGE(C2:G2)', result: 91.5 })).toBe(91.5);
    expect(xlsxCellValue({ sharedFormula: 'H2', result: 'AA' })).toBe('AA');
    expect(xlsxCellValue({ formula: 'A1/0', result: Number.NaN })).toBe('#ERROR');
    expect(xlsxCellValue({ formula: 'X1' })).toBeNull();
    expect(xlsxCellValue({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
  });

  it('turns errors, booleans, hyperlinks and dates into text', () => {
    expect(xlsxCellValue({ error: '#N/A' })).toBe('#N/A');
    expect(xlsxCellValue(true)).toBe('TRUE');
    expect(xlsxCellValue({ text: 'อบต.ก', hyperlink: 'https://example.org' })).toBe('อบต.ก');
    expect(xlsxCellValue(new Date(Date.UTC(2023, 8, 30)))).toBe('2023-09-30');
    expect(xlsxCellValue(new Date(Date.UTC(2023, 8, 30, 13, 5)))).toBe('2023-09-30 13:05:00');
  });
});
