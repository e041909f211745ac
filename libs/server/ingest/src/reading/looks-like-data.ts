import { CanonicalField } from './canonical-field';
import type { SourceRow } from './recognised-sheet';
import type { TableKind } from './table-kind';

const F = CanonicalField;
const WIDE_VALUES: readonly CanonicalField[] = [
  F.Total,
  F.Level,
  F.Iit,
  F.Eit,
  F.Oit,
  F.EitPart1,
  F.EitPart2,
  ...Array.from({ length: 10 }, (_, i) => `indicator_${i + 1}` as CanonicalField),
];
const ITEM_VALUES: readonly CanonicalField[] = [F.ItemCode, F.ItemScore];

/** An organisation (code or name) and at least one value (a score or level; an item code or score in ITEMS). */
export function looksLikeData(cells: SourceRow['cells'], kind: TableKind): boolean {
  const filled = (field: CanonicalField) => cells[field] !== null && cells[field] !== undefined;
  if (!filled(F.OrgCode) && !filled(F.OrgName)) return false;
  return (kind === 'ITEMS' ? ITEM_VALUES : WIDE_VALUES).some(filled);
}
