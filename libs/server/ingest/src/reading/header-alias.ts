import type { CanonicalField } from './canonical-field';
import type { TableKind } from './table-kind';

/** Header texts that name one canonical field. */
export interface HeaderAlias {
  field: CanonicalField;
  /** As people write them; compared after normaliseHeader (case, spaces, punctuation and Thai digits do not matter). */
  texts: readonly string[];
  /** Only in this kind of table ("คะแนน" is the total in a WIDE table but the item score in an ITEMS table). */
  kind?: TableKind;
}
