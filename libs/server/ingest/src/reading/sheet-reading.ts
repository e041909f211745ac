import type { ImportIssue } from '../report/import-issue';
import type { BilingualText } from './bilingual-text';
import type { RecognisedSheet } from './recognised-sheet';

/** What one table (a CSV, or one worksheet) gave: a recognised sheet with its issues, or why it has no header. */
export type SheetReading =
  { status: 'READ'; sheet: RecognisedSheet; issues: ImportIssue[] } | { status: 'NO_HEADER'; reason: BilingualText };
