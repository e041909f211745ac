import { columnIndex } from './column-index';
import { columnLetter } from './column-letter';

describe('columnIndex', () => {
  it.each([
    ['A', 0],
    ['z', 25],
    ['AA', 26],
    ['ZZ', 701],
    ['XFD', 16383],
  ])('column %s is index %i', (letters, index) => {
    expect(columnIndex(letters)).toBe(index);
  });

  it('is the inverse of columnLetter', () => {
    for (let index = 0; index < 2000; index++) expect(columnIndex(columnLetter(index))).toBe(index);
  });

  it('rejects text that is not a column letter', () => {
    expect(() => columnIndex('A1')).toThrow(RangeError);
    expect(() => columnIndex('')).toThrow(RangeError);
  });
});
