// Reading step of the import: a result file in, recognised tables (header, columns, raw data rows) out.
export { CanonicalField } from './canonical-field';
export { columnIndex } from './column-index';
export { columnLetter } from './column-letter';
export type { HeaderAlias } from './header-alias';
export { HEADER_ALIASES } from './header-aliases';
export { matchHeader } from './match-header';
export { readResultFile } from './read-result-file';
export type { ReadOutcome, RecognisedColumn, RecognisedSheet, SourceCell, SourceRow } from './recognised-sheet';
export type { ResultFileInput } from './result-file-input';
export type { TableKind } from './table-kind';
