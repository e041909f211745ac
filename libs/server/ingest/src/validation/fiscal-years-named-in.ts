import { parseFiscalYear } from '@ita/domain';
import type { ReadOutcome } from '../reading/recognised-sheet';

/**
 * The fiscal years a read file names, before any check: the years its year columns hold, those of its title rows
 * and --year. Its rows may still be rejected, or belong to none of them (a year column left empty on some rows).
 */
export function fiscalYearsNamedIn(read: ReadOutcome, yearOption: number | null): number[] {
  const years = new Set<number>();
  if (yearOption !== null) years.add(yearOption);
  for (const sheet of read.sheets) {
    if (sheet.fiscalYearFromTitle !== null) years.add(sheet.fiscalYearFromTitle);
    const texts = new Set<string>();
    for (const { cells } of sheet.rows)
      if (cells.fiscal_year !== undefined && cells.fiscal_year !== null) texts.add(String(cells.fiscal_year));
    for (const text of texts) {
      const parsed = parseFiscalYear(text);
      if (parsed.ok) years.add(parsed.value);
    }
  }
  return [...years].sort();
}
