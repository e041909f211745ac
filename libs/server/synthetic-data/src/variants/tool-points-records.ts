import { toolPointsFromScore } from '@ita/domain';
import type { PublishedRecord } from '../files/published-record';
import { findingCodes } from './finding-codes';
import type { VariantContext } from './variant-context';
import { yearRecords } from './year-records';

export interface ToolPointsRecords {
  readonly records: PublishedRecord[];
  /** Records left out because their points, converted back, no longer reproduce the published total or level. */
  readonly leftOut: number;
}

/**
 * The year's records with IIT / EIT / OIT in weighted points (round2(score × weight)). Points lose precision
 * (÷ 0.3 magnifies the rounding), so a few records would draw a TOTAL_MISMATCH or LEVEL_MISMATCH from the
 * importer; those are left out so that the file imports without warnings.
 */
export function toolPointsRecords(context: VariantContext): ToolPointsRecords {
  const { framework } = context;
  const records: PublishedRecord[] = [];
  let leftOut = 0;
  for (const record of yearRecords(context)) {
    const withPoints: PublishedRecord = {
      ...record,
      iit: toolPointsFromScore(framework, 'IIT', record.iit as number),
      eit: toolPointsFromScore(framework, 'EIT', record.eit as number),
      oit: toolPointsFromScore(framework, 'OIT', record.oit as number),
    };
    if (findingCodes(framework, withPoints, 'POINTS').length === 0) records.push(withPoints);
    else leftOut++;
  }
  return { records, leftOut };
}
