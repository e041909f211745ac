import { isCodeLike } from './is-code-like';

describe('isCodeLike', () => {
  it.each([6401010, '6401010', '๖๔๐๑๐๑๐', ' 6401 010 ', '6401010.0'])('%j is a code', (cell) => {
    expect(isCodeLike(cell)).toBe(true);
  });

  it.each([null, undefined, '', 'รวม', 'รวม 25 แห่ง', 'A-12'])('%j is not', (cell) => {
    expect(isCodeLike(cell)).toBe(false);
  });
});
