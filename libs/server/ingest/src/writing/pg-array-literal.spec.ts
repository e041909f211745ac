import { pgArrayLiteral } from './pg-array-literal';

describe('pgArrayLiteral', () => {
  it('writes numbers bare, missing values as NULL and text quoted with \\ and " escaped', () => {
    expect(pgArrayLiteral([91.5, 0, null, undefined, 100])).toBe('{91.5,0,NULL,NULL,100}');
    expect(pgArrayLiteral(['a', 'NULL', 'say "hi"', 'back\\slash', '{,}', ''])).toBe(
      '{"a","NULL","say \\"hi\\"","back\\\\slash","{,}",""}',
    );
    expect(pgArrayLiteral([])).toBe('{}');
  });
});
