import { FISCAL_YEAR_BOUNDS } from './fiscal-year-bounds';

/**
 * Reads a 4-digit year as BE, converting CE (+543). `era` forces the reading when the text said พ.ศ. or ค.ศ.
 * Null when the number is not a plausible year in either era.
 */
export function toBuddhistEraYear(year: number, era?: 'BE' | 'CE'): { value: number; convertedFromCE: boolean } | null {
  const { minBE, maxBE, beMinusCE } = FISCAL_YEAR_BOUNDS;
  const asBE = era !== 'CE' && year >= minBE && year <= maxBE;
  if (asBE) return { value: year, convertedFromCE: false };
  const asCE = era !== 'BE' && year + beMinusCE >= minBE && year + beMinusCE <= maxBE;
  return asCE ? { value: year + beMinusCE, convertedFromCE: true } : null;
}
