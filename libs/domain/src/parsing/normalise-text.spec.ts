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

  it('puts Thai marks typed out of order into NFC order (a tone mark before ุ or ู)', () => {
    expect(normaliseText('ก\u0e48\u0e38')).toBe('ก\u0e38\u0e48');
    expect(normaliseText('ปู\u0e48 ผู้\u0e49')).toBe('ปู\u0e48 ผู\u0e49\u0e49'.normalize('NFC'));
  });

  it('gives what the full normalisation gives for any mix of Thai, ASCII, spaces and marks', () => {
    const full = (text: string) =>
      text
        .normalize('NFC')
        .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const alphabet = [
      'ก',
      'ข',
      'ำ',
      'ั',
      'ิ',
      'ุ',
      'ู',
      'ฺ',
      '่',
      '้',
      '๊',
      '๋',
      '็',
      '์',
      'ํ',
      'า',
      '๙',
      'a',
      '1',
      '.',
      ' ',
      '\t',
      '\u00a0',
      'e',
      '\u0301',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    let differentFromInput = 0;
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: 1 + (next() % 8) }, () => alphabet[next() % alphabet.length]).join('');
      expect(normaliseText(text)).toBe(full(text));
      if (full(text) !== text) differentFromInput++;
    }
    expect(differentFromInput).toBeGreaterThan(300);
  });
});
