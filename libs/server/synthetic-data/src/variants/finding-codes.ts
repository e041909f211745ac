import { assessResult, parseScore, type AssessmentFramework, type PublishedResult } from '@ita/domain';
import { indicatorField } from '../files/indicator-field';
import type { PublishedField } from '../files/published-field';
import type { PublishedRecord } from '../files/published-record';

/**
 * The domain's checks (assessResult) on a record as a file publishes it: what the importer will warn about.
 * `toolScale` says whether the iit/eit/oit fields hold 0–100 scores or weighted points.
 */
export function findingCodes(framework: AssessmentFramework, record: PublishedRecord, toolScale: 'SCORE' | 'POINTS' = 'SCORE'): string[] {
  const score = (field: PublishedField): number | null => {
    const parsed = parseScore(record[field] ?? null);
    return parsed.ok ? parsed.value : null;
  };
  const points = toolScale === 'POINTS';
  const published: PublishedResult = {
    total: score('total'),
    level: typeof record.level === 'string' ? record.level : null,
    iit: points ? null : score('iit'),
    eit: points ? null : score('eit'),
    oit: points ? null : score('oit'),
    iitPoints: points ? score('iit') : null,
    eitPoints: points ? score('eit') : null,
    oitPoints: points ? score('oit') : null,
    eitPart1: score('eit_part1'),
    eitPart2: score('eit_part2'),
    indicators: Object.fromEntries(framework.indicators.map((indicator) => [indicator.number, score(indicatorField(indicator.number))])),
  };
  return assessResult(framework, published).findings.map((finding) => finding.code);
}
