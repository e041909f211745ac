import { normaliseNameForMatch } from './normalise-name-for-match';

describe('normaliseNameForMatch', () => {
  it('ignores spaces, dots and hyphens', () => {
    expect(normaliseNameForMatch('บ้าน ใหม่')).toBe(normaliseNameForMatch('บ้านใหม่'));
    expect(normaliseNameForMatch('จ.ป.ร.')).toBe('จปร');
    expect(normaliseNameForMatch('กม. 5')).toBe(normaliseNameForMatch('กม.5'));
    expect(normaliseNameForMatch('ท่า-ข้าม')).toBe('ท่าข้าม');
  });

  it('folds ํา to ำ', () => {
    expect(normaliseNameForMatch('ลําปาง')).toBe(normaliseNameForMatch('ลำปาง'));
  });

  it('ignores invisible characters and Thai digits', () => {
    expect(normaliseNameForMatch('\u200bโพธิ์\u00a0ทอง')).toBe('โพธิ์ทอง');
    expect(normaliseNameForMatch('กม.๕')).toBe('กม5');
  });

  it('keeps different names different', () => {
    expect(normaliseNameForMatch('โพธิ์ทอง')).not.toBe(normaliseNameForMatch('โพธิ์ทองใต้'));
    expect(normaliseNameForMatch('ทมอ')).not.toBe(normaliseNameForMatch('ทม'));
  });

  it('does not strip a type prefix', () => {
    expect(normaliseNameForMatch('อบต.บ้านใหม่')).toBe('อบตบ้านใหม่');
  });
});
