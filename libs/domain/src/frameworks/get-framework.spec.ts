import { DomainError } from '../errors/domain-error';
import { UnknownFiscalYearError } from '../errors/unknown-fiscal-year.error';
import { findFramework } from './find-framework';
import { getFramework } from './get-framework';
import { INDICATOR_NUMBERS } from './indicator-numbers';
import { listFrameworks } from './list-frameworks';
import { SUPPORTED_FISCAL_YEARS } from './supported-fiscal-years';

describe('framework look-up', () => {
  it('supports FY2562–2568', () => {
    expect(SUPPORTED_FISCAL_YEARS).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568]);
    expect(listFrameworks().map((framework) => framework.fiscalYear)).toEqual(SUPPORTED_FISCAL_YEARS);
  });

  it('finds a year', () => {
    expect(getFramework(2566).fiscalYear).toBe(2566);
    expect(findFramework(2568)?.fiscalYear).toBe(2568);
  });

  it('findFramework gives undefined for an unknown year', () => {
    expect(findFramework(2561)).toBeUndefined();
    expect(findFramework(2569)).toBeUndefined();
    expect(findFramework(2023)).toBeUndefined();
  });

  it('getFramework throws a typed error for an unknown year', () => {
    expect(() => getFramework(2569)).toThrow(UnknownFiscalYearError);
    const thrown = ((): unknown => {
      try {
        return getFramework(2561);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'UNKNOWN_FISCAL_YEAR', fiscalYear: 2561, message: expect.stringContaining('2561') });
  });

  it('numbers the indicators 1–10', () => {
    expect(INDICATOR_NUMBERS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
