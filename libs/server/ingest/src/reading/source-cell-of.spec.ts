import { normaliseText } from '@ita/domain';
import { sourceCellOf } from './source-cell-of';

describe('sourceCellOf', () => {
  it('keeps text untouched and numbers as numbers', () => {
    expect(sourceCellOf(' ๙๑.๑๓ % ')).toBe(' ๙๑.๑๓ % ');
    expect(sourceCellOf(0)).toBe(0);
    expect(sourceCellOf('-')).toBe('-');
  });

  it.each([null, undefined, Number.NaN])('treats %j as empty', (cell) => {
    expect(sourceCellOf(cell)).toBeNull();
  });

  it.each(['', '   ', '\u00a0', '\u200b', '\ufeff \t\r\n', '\u3000'])('treats %j as empty, as normaliseText does', (cell) => {
    expect(sourceCellOf(cell)).toBeNull();
    expect(normaliseText(cell)).toBe('');
  });
});
