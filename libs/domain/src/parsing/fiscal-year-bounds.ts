/** Plausible years: BE 2500–2600 (CE 1957–2057). Outside these a 4-digit number is not read as a year. */
export const FISCAL_YEAR_BOUNDS = {
  firstSupportedBE: 2561,
  minBE: 2500,
  maxBE: 2600,
  beMinusCE: 543,
} as const;
