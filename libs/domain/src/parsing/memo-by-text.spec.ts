import { memoByText } from './memo-by-text';

describe('memoByText', () => {
  it('computes each text once, undefined and null results included', () => {
    const compute = jest.fn((text: string) => (text === 'none' ? undefined : text === 'null' ? null : text.length));
    const memo = memoByText(compute);
    expect(['abc', 'abc', 'none', 'none', 'null', 'null'].map(memo)).toEqual([3, 3, undefined, undefined, null, null]);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('forgets everything past its limit instead of growing', () => {
    const compute = jest.fn((text: string) => text.toUpperCase());
    const memo = memoByText(compute, 2);
    ['a', 'b', 'c', 'a'].forEach((text) => memo(text));
    expect(compute).toHaveBeenCalledTimes(4);
    expect(memo('c')).toBe('C');
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
