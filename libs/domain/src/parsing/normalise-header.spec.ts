import { normaliseHeader } from './normalise-header';

describe('normaliseHeader', () => {
  it('makes the spellings of one indicator header equal', () => {
    const variants = ['ตัวชี้วัด ที่ 4', 'ตัวชี้วัดที่ ๔', 'ตัวชี้วัดที่4', ' ตัวชี้วัดที่\u00a04 ', 'ตัวชี้วัดที่-4'];
    expect(new Set(variants.map(normaliseHeader))).toEqual(new Set(['ตัวชี้วัดที่4']));
  });

  it('lowercases and drops punctuation', () => {
    expect(normaliseHeader('IIT (30)')).toBe('iit30');
    expect(normaliseHeader('EIT Part 1')).toBe('eitpart1');
    expect(normaliseHeader('รหัส อปท.')).toBe('รหัสอปท');
    expect(normaliseHeader('Fiscal_Year')).toBe('fiscalyear');
  });

  it('keeps different indicators apart', () => {
    expect(normaliseHeader('ตัวชี้วัดที่ 1')).not.toBe(normaliseHeader('ตัวชี้วัดที่ 10'));
  });
});
