import type { OrgType } from '../org-types/org-type';

export interface SplitOrganisationNameResult {
  /** The name without its type prefix, whitespace-normalised (as the registry writes it). */
  readonly name: string;
  /** The type the prefix named, null when there was none. */
  readonly typeHint: OrgType | null;
}
