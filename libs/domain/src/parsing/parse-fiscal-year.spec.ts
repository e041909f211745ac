import { parseFiscalYear } from './parse-fiscal-year';

describe('parseFiscalYear', () => {
  it.each([
    [2566, 2566],
    [2566.0, 2566],
    ['2566', 2566],
    ['2566.0', 2566],
    ['๒๕๖๖', 2566],
    ['พ.ศ. 2566', 2566],
    ['พ.ศ.2566', 2566],
    ['ปีงบประมาณ 2566', 2566],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๖', 2566],
    ['ปี 2561', 2561],
    ['FY2568', 2568],
    [' 2568\u00a0', 2568],
  ])('reads %p as BE %p', (raw, expected) => {
    expect(parseFiscalYear(raw)).toEqual({ ok: true, value: expected, convertedFromCE: false });
  });

  it.each([
    [2023, 2566],
    ['2023', 2566],
    ['2025', 2568],
    ['ค.ศ. 2023', 2566],
    [2018, 2561],
  ])('converts CE %p to BE %p', (raw, expected) => {
    expect(parseFiscalYear(raw)).toEqual({ ok: true, value: expected, convertedFromCE: true });
  });

  it.each([[2560], ['2560'], ['พ.ศ. 2550'], [2017], ['2000']])('rejects %p as BEFORE_2561', (raw) => {
    expect(parseFiscalYear(raw)).toMatchObject({ ok: false, reason: 'BEFORE_2561' });
  });

  it.each([[2566.5], ['66'], ['abc'], ['2566/67'], [1800], [3000], ['25666'], ['พ.ศ. 2023'], [true]])('rejects %p as INVALID', (raw) => {
    expect(parseFiscalYear(raw)).toMatchObject({ ok: false, reason: 'INVALID' });
  });

  it.each([[''], ['  '], [null], [undefined]])('reports %p as MISSING', (raw) => {
    expect(parseFiscalYear(raw)).toMatchObject({ ok: false, reason: 'MISSING' });
  });
});
