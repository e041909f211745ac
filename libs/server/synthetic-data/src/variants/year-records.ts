import { publishedRecordOf } from '../files/published-record-of';
import type { PublishedRecord } from '../files/published-record';
import type { SimulatedResult } from '../model/simulated-result';
import type { VariantContext } from './variant-context';

/** The clean records of some (default: all) of the year's results, in the order given. */
export function yearRecords(context: VariantContext, results: readonly SimulatedResult[] = context.results): PublishedRecord[] {
  return results.map((result) => {
    const organisation = context.organisations.get(result.code);
    if (!organisation) throw new Error(`Result for unknown organisation ${result.code}`);
    return publishedRecordOf(result, organisation);
  });
}
