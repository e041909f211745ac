import { normaliseText } from './normalise-text';

describe('normaliseText', () => {
  it('trims and collapses whitespace runs, tabs and newlines', () => {
    expect(normaliseText('  อบต.  บ้าน\tใหม่\n ')).toBe('อบต. บ้าน ใหม่');
  });

  it('turns NBSP and other Unicode spaces into a plain space', () => {
    expect(normaliseText('91.13\u00a0%')).toBe('91.13 %');
    expect(normaliseText('a\u2003b\u202fc\u3000d')).toBe('a b c d');
  });

  it('removes zero-width characters, the BOM, word joiner and soft hyphen without splitting words', () => {
    expect(normaliseText('\ufeffโพธิ์\u200bทอง\u200c\u200d\u2060')).toBe('โพธิ์ทอง');
    expect(normaliseText('ab\u00adc')).toBe('abc');
  });

  it('normalises to NFC', () => {
    expect(normaliseText('e\u0301')).toBe('\u00e9');
  });

  it('returns an empty string for blank input', () => {
    expect(normaliseText(' \u00a0\u200b ')).toBe('');
  });
});
