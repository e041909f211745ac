import { foldThaiVariants } from './fold-thai-variants';

describe('foldThaiVariants', () => {
  it('folds ํ + า into ำ', () => {
    expect(foldThaiVariants('ค\u0e4d\u0e32')).toBe('คำ');
  });

  it('folds the re-typed forms of น้ำ (tone mark before or after ํ)', () => {
    expect(foldThaiVariants('น\u0e49\u0e4d\u0e32')).toBe('น้ำ');
    expect(foldThaiVariants('น\u0e4d\u0e49\u0e32')).toBe('น้ำ');
  });

  it('leaves correct text alone', () => {
    expect(foldThaiVariants('ลำปาง น้ำพอง')).toBe('ลำปาง น้ำพอง');
  });
});
