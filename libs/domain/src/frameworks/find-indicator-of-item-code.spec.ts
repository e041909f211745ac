import { findIndicatorOfItemCode } from './find-indicator-of-item-code';
import { getFramework } from './get-framework';

const FY2564 = getFramework(2564);
const FY2567 = getFramework(2567);

describe('findIndicatorOfItemCode', () => {
  it.each([
    ['i1', 1],
    ['i6', 1],
    ['i7', 2],
    ['I30', 5],
    ['e1', 6],
    ['e15', 8],
    ['o1', 9],
    ['O33', 9],
    ['O42', 10],
    [' o 43 ', 10],
  ])('%s → indicator %p', (code, indicator) => {
    expect(findIndicatorOfItemCode(FY2564, code)).toBe(indicator);
  });

  it.each(['i31', 'e16', 'o44', 'o0', 'EB1', 'x1', '', 'o'])('%p → null', (code) => {
    expect(findIndicatorOfItemCode(FY2564, code)).toBeNull();
  });

  it('returns null for OIT items in a year whose list is unknown, but still maps IIT', () => {
    expect(findIndicatorOfItemCode(FY2567, 'o25')).toBeNull();
    expect(findIndicatorOfItemCode(FY2567, 'i25')).toBe(5);
  });
});
