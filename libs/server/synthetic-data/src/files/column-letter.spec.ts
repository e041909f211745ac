import { columnIndex } from '../testing/column-index';
import { columnLetter } from './column-letter';

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s and back', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
    expect(columnIndex(letter)).toBe(index);
  });
});
