import { INTL_LOCALE, type Locale } from './locale';

export interface Formatters {
  /** Grouped number, e.g. 7,849. */
  number: (value: number) => string;
  /** An ITA score (0–100) with the two decimals it is published with, e.g. 85.50. */
  score: (value: number) => string;
  /**
   * A Buddhist Era fiscal year as a bare label, e.g. "2566". The API already gives BE years, so this adds
   * nothing and, unlike `number`, never groups the digits ("2,566").
   */
  year: (fiscalYear: number) => string;
}

// Thai numbers use Arabic digits (th-TH's default numbering system), as government reports do.
export function createFormatters(locale: Locale): Formatters {
  const tag = INTL_LOCALE[locale];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const score = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    number: (value) => integer.format(value),
    score: (value) => score.format(value),
    year: (fiscalYear) => String(fiscalYear),
  };
}
