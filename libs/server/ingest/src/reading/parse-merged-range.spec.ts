import { parseMergedRange } from './parse-merged-range';

describe('parseMergedRange', () => {
  it('reads a range, a reversed range and a single cell', () => {
    expect(parseMergedRange('D2:M2')).toEqual({ top: 2, left: 3, bottom: 2, right: 12 });
    expect(parseMergedRange('$B$4:A3')).toEqual({ top: 3, left: 0, bottom: 4, right: 1 });
    expect(parseMergedRange('AA10')).toEqual({ top: 10, left: 26, bottom: 10, right: 26 });
  });

  it('gives null for anything else', () => {
    expect(parseMergedRange('Sheet1!A1:B2')).toBeNull();
    expect(parseMergedRange('')).toBeNull();
  });
});
