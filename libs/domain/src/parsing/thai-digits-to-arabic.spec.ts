import { thaiDigitsToArabic } from './thai-digits-to-arabic';

describe('thaiDigitsToArabic', () => {
  it('converts every Thai digit', () => {
    expect(thaiDigitsToArabic('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('keeps everything else', () => {
    expect(thaiDigitsToArabic('พ.ศ. ๒๕๖๖ (2023)')).toBe('พ.ศ. 2566 (2023)');
    expect(thaiDigitsToArabic('๙๑.๑๓')).toBe('91.13');
  });
});
