import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findFramework, parseLevel } from '@ita/domain';
import { DataSource } from 'typeorm';
import type { GroupScope } from '../dto/resolve-scope';
import type { LevelCountModel, ScopeSummaryModel } from '../models/scope-summary.model';

/** The national anti-corruption strategy's target: at least 80% of agencies score 85 or more. */
export const STRATEGY_TARGET_SHARE = 0.8;

interface StoredSummary extends Omit<ScopeSummaryModel, 'levels' | 'strategyTarget' | 'meetsStrategyTarget'> {
  levelCounts: Record<string, number> | null;
}

/** A group's distribution of the total in a year, from the analytics job's per-scope table. */
@Injectable()
export class ScopeSummaryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(scope: GroupScope, fiscalYear: number): Promise<ScopeSummaryModel | null> {
    const [row]: StoredSummary[] = await this.dataSource.query(
      `SELECT fiscal_year AS "fiscalYear", count, mean, median, p25, p75, min, max, stddev,
              share_at_least_85 AS "shareAtLeast85", delta_mean AS "deltaMean", level_counts AS "levelCounts"
       FROM scope_year_analytics
       WHERE scope_kind = $1 AND scope_key = $2 AND fiscal_year = $3 AND metric = 'TOTAL'`,
      [scope.kind, scope.key, fiscalYear],
    );
    if (!row) return null;
    const { levelCounts, ...stats } = row;
    return {
      ...stats,
      strategyTarget: STRATEGY_TARGET_SHARE,
      meetsStrategyTarget: stats.shareAtLeast85 >= STRATEGY_TARGET_SHARE,
      levels: levelDistribution(fiscalYear, levelCounts ?? {}),
    };
  }
}

/**
 * Every level of the year's rubric, best first, with its count (zero included), then any stored level the
 * rubric does not name (a published wording kept as published) and results without a level.
 */
export function levelDistribution(fiscalYear: number, counts: Record<string, number>): LevelCountModel[] {
  const framework = findFramework(fiscalYear);
  const rubric = framework?.rubric;
  const byCode = new Map<string, number>();
  const outside: LevelCountModel[] = [];
  for (const [stored, count] of Object.entries(counts)) {
    const code = framework && stored ? parseLevel(stored, framework) : null;
    const level = code ? rubric?.levels.find((l) => l.code === code) : undefined;
    if (level) byCode.set(level.code, (byCode.get(level.code) ?? 0) + count);
    else outside.push({ code: null, labelTh: stored || null, labelEn: null, passes: null, count });
  }
  const inRubric = (rubric?.levels ?? []).map((l) => ({
    code: l.code,
    labelTh: l.labelTh,
    labelEn: l.labelEn,
    passes: l.passes,
    count: byCode.get(l.code) ?? 0,
  }));
  return [...inRubric, ...outside.sort((a, b) => (a.labelTh === null ? 1 : b.labelTh === null ? -1 : a.labelTh.localeCompare(b.labelTh)))];
}
