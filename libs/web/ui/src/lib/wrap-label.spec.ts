import { countGraphemes, splitWords, wrapLabel, wrapLabelText } from './wrap-label';

describe('splitWords', () => {
  it('finds Thai word boundaries without spaces and loses no text', () => {
    const text = 'องค์การบริหารส่วนตำบลหนองสามวัง';
    const words = splitWords(text);

    expect(words).toEqual(['องค์การ', 'บริหาร', 'ส่วน', 'ตำบล', 'หนอง', 'สาม', 'วัง']);
    expect(words.join('')).toBe(text);
  });

  it('keeps spaces as their own pieces in mixed Thai and English text', () => {
    expect(splitWords('คะแนน ITA รวม').join('')).toBe('คะแนน ITA รวม');
    expect(splitWords('คะแนน ITA รวม')).toContain(' ');
  });
});

describe('countGraphemes', () => {
  it('counts a consonant with its vowel and tone mark once', () => {
    expect('ที่'.length).toBe(3);
    expect(countGraphemes('ที่')).toBe(1);
    expect(countGraphemes('สวัสดี')).toBe(4);
  });
});

describe('wrapLabel', () => {
  it('breaks Thai between words, never inside one', () => {
    const lines = wrapLabel('องค์การบริหารส่วนตำบลหนองสามวัง', { maxWidth: 12 });

    expect(lines).toEqual(['องค์การบริหาร', 'ส่วนตำบลหนอง', 'สามวัง']);
    for (const line of lines) expect(countGraphemes(line)).toBeLessThanOrEqual(12);
    expect(lines.join('')).toBe('องค์การบริหารส่วนตำบลหนองสามวัง');
  });

  it('leaves a short label on one line', () => {
    expect(wrapLabel('เทศบาลตำบล', { maxWidth: 20 })).toEqual(['เทศบาลตำบล']);
  });

  it('drops the spaces where it breaks a line', () => {
    expect(wrapLabel('Integrity and Transparency Assessment', { maxWidth: 14, locale: 'en' })).toEqual([
      'Integrity and',
      'Transparency',
      'Assessment',
    ]);
  });

  it('breaks a word wider than the line between graphemes', () => {
    const lines = wrapLabel('ประชาธิปไตย', { maxWidth: 4, locale: 'en' });

    expect(lines.join('')).toBe('ประชาธิปไตย');
    for (const line of lines) expect(countGraphemes(line)).toBeLessThanOrEqual(4);
  });

  it('accepts a custom measure, e.g. pixel widths from a canvas', () => {
    const tenPixelsPerCharacter = (text: string) => text.length * 10;
    expect(wrapLabel('ab cd ef', { maxWidth: 50, locale: 'en', measure: tenPixelsPerCharacter })).toEqual(['ab cd', 'ef']);
  });

  it('rejects a non-positive width', () => {
    expect(() => wrapLabel('ก', { maxWidth: 0 })).toThrow(RangeError);
  });
});

describe('wrapLabelText', () => {
  it('joins the lines with newlines for ECharts', () => {
    expect(wrapLabelText('ผลการประเมินคุณธรรมและความโปร่งใส', { maxWidth: 12 })).toBe('ผลการประเมิน\nคุณธรรมและ\nความโปร่งใส');
  });
});
