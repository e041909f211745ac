import { toCsvText } from './to-csv-text';

describe('toCsvText', () => {
  it('quotes only fields with the delimiter, a quote or a line break', () => {
    expect(toCsvText([['a', 'b,c', 'say "hi"', 'two\nlines', 'x;y']], ',')).toBe('a,"b,c","say ""hi""","two\nlines",x;y\n');
    expect(toCsvText([['x;y', 'b,c']], ';', '\r\n')).toBe('"x;y";b,c\r\n');
  });
});
