import { parseScore } from './parse-score';

const value = (raw: unknown, max?: number): number | null | undefined => {
  const result = parseScore(raw, max === undefined ? undefined : { max });
  return result.ok ? result.value : undefined;
};

describe('parseScore', () => {
  it.each([
    [91.13, 91.13],
    [0, 0],
    [100, 100],
    ['91.13', 91.13],
    [' 91.13 ', 91.13],
    ['๙๑.๑๓', 91.13],
    ['91.13 %', 91.13],
    ['91.13%', 91.13],
    ['91.13\u00a0%', 91.13],
    ['\u200b91.13\ufeff', 91.13],
    ['91,13', 91.13],
    ['91,5', 91.5],
    ['๙๑,๕', 91.5],
    ['100', 100],
    ['85.', 85],
    ['.5', 0.5],
    ['+90', 90],
  ])('reads %p as %p', (raw, expected) => {
    expect(value(raw)).toBe(expected);
  });

  it.each([['-'], ['–'], ['—'], [''], ['  '], ['N/A'], ['n/a'], ['ไม่มีข้อมูล'], ['null'], ['#N/A'], [null], [undefined]])(
    'reads %p as missing',
    (raw) => {
      expect(parseScore(raw)).toEqual({ ok: true, value: null, hadMoreDecimals: false });
    },
  );

  it.each([
    ['abc'],
    ['91.1.3'],
    ['91,13.5'],
    ['1,234'],
    ['9 1'],
    ['91..'],
    ['ผ่าน'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [true],
    [{}],
  ])('rejects %p as NOT_A_NUMBER', (raw) => {
    expect(parseScore(raw)).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
  });

  it.each([['100.01'], [-0.01], ['-5'], ['150'], [100.01]])('rejects %p as OUT_OF_RANGE', (raw) => {
    expect(parseScore(raw)).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE', input: String(raw) });
  });

  it('checks against a custom maximum (weighted points)', () => {
    expect(value('38.70', 40)).toBe(38.7);
    expect(parseScore('40.01', { max: 40 })).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
    expect(parseScore(30.5, { max: 30 })).toMatchObject({ ok: false, reason: 'OUT_OF_RANGE' });
  });

  it('rounds more than 2 decimals half away from zero and says so', () => {
    expect(parseScore('93.878')).toEqual({ ok: true, value: 93.88, hadMoreDecimals: true });
    expect(parseScore(81.455)).toEqual({ ok: true, value: 81.46, hadMoreDecimals: true });
    expect(parseScore('0.125')).toEqual({ ok: true, value: 0.13, hadMoreDecimals: true });
  });

  it('does not flag trailing zeros or binary noise as extra decimals', () => {
    expect(parseScore('91.130')).toEqual({ ok: true, value: 91.13, hadMoreDecimals: false });
    expect(parseScore(0.1 + 0.2)).toEqual({ ok: true, value: 0.3, hadMoreDecimals: false });
  });

  it('keeps the original input on failure', () => {
    expect(parseScore(' x ')).toEqual({ ok: false, reason: 'NOT_A_NUMBER', input: ' x ' });
  });
});
