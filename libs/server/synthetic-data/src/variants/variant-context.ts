import type { AssessmentFramework } from '@ita/domain';
import type { SimulatedResult } from '../model/simulated-result';
import type { RandomSource } from '../random/random-source';
import type { RegistryOrganisation } from '../registry/registry-organisation';

/** What a variant builder gets: one fiscal year's results and a random stream of its own. */
export interface VariantContext {
  readonly fiscalYear: number;
  readonly framework: AssessmentFramework;
  readonly results: readonly SimulatedResult[];
  readonly registry: readonly RegistryOrganisation[];
  readonly organisations: ReadonlyMap<string, RegistryOrganisation>;
  readonly random: RandomSource;
  /** File name of the clean file of the same year (ita-<year>.csv). */
  readonly cleanFile: string;
}
