import type { CanonicalField } from './canonical-field';
import type { FoundHeader } from './found-header';

export interface HeaderSearch {
  header: FoundHeader | null;
  /** When no header was found: the row that came closest and the fields it had, to explain why. */
  closest: { row: number; fields: CanonicalField[] } | null;
}
