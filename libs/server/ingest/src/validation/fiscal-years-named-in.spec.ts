import type { ReadOutcome, RecognisedSheet } from '../reading/recognised-sheet';
import { fiscalYearsNamedIn } from './fiscal-years-named-in';

const sheet = (fiscalYearFromTitle: number | null, years: (string | number | null)[]): RecognisedSheet => ({
  file: 'f.csv',
  sheet: null,
  kind: 'WIDE',
  columns: [],
  headerRows: [1],
  fiscalYearFromTitle,
  rows: years.map((fiscal_year, i) => ({ row: i + 2, cells: { fiscal_year } })),
});

describe('fiscalYearsNamedIn', () => {
  it('gives the years of the year columns, the title rows and --year, each once, whatever their spelling', () => {
    const read: ReadOutcome = {
      sheets: [sheet(null, ['2566', '๒๕๖๖', 2023, 'พ.ศ. 2567', null, 'bad', '2550']), sheet(2565, [])],
      issues: [],
      details: {},
    };
    expect(fiscalYearsNamedIn(read, 2568)).toEqual([2565, 2566, 2567, 2568]);
    expect(fiscalYearsNamedIn({ sheets: [], issues: [], details: {} }, null)).toEqual([]);
  });
});
