import { detectDelimiter } from './detect-delimiter';

const table = (delimiter: string) =>
  [
    'ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
    ['รหัส อปท.', 'ชื่อหน่วยงาน', 'จังหวัด', 'คะแนนรวม'].join(delimiter),
    ['6401010', 'อบต.เมืองเพีย', 'ขอนแก่น', '93.88'].join(delimiter),
    ['6401011', 'อบต.บ้านใหม่', 'ขอนแก่น', '88.10'].join(delimiter),
  ].join('\r\n');

describe('detectDelimiter', () => {
  it.each([',', ';', '\t'] as const)('finds %j in a table with a title row', (delimiter) => {
    expect(detectDelimiter(table(delimiter), true)).toBe(delimiter);
  });

  it('prefers the semicolon over decimal commas in a semicolon file', () => {
    const sample = ['รหัส;ชื่อ;IIT;EIT;OIT', '6401010;อบต.ก;91,13;88,50;90,00', '6401011;อบต.ข;90,00;87,25;89,75'].join('\n');
    expect(detectDelimiter(sample, true)).toBe(';');
  });

  it('does not count delimiters inside quotes, including quoted line breaks', () => {
    const sample = ['code;name;total', '1;"อบต.ก, เมือง";90', '2;"หลาย\nบรรทัด, มีจุลภาค, สองตัว";91', '3;"x";92'].join('\n');
    expect(detectDelimiter(sample, true)).toBe(';');
  });

  it('ignores a record cut off at the end of an incomplete sample', () => {
    const sample = ['a\tb\tc', '1\t2\t3', '4\t5\t6', '7,8,9,10,11,12,13'].join('\n');
    expect(detectDelimiter(sample, false)).toBe('\t');
  });

  it('falls back to two columns, then to comma', () => {
    expect(detectDelimiter('code;total\n1;90\n2;91', true)).toBe(';');
    expect(detectDelimiter('just one column\nanother line', true)).toBe(',');
  });
});
