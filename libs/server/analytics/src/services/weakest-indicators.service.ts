import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GroupScope, Scope, scopeCondition } from '../dto/resolve-scope';
import type { IndicatorRankModel } from '../models/indicator-rank.model';

/**
 * The year's indicators by mean score ascending (competition ranking on the exact numeric mean), with the
 * share of organisations having every indicator whose lowest score is that indicator (ties count for each).
 * Group scopes are read from the analytics job's per-scope table; an organisation's own scores are ranked here.
 */
@Injectable()
export class WeakestIndicatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  weakestIndicators(scope: Scope, fiscalYear: number): Promise<IndicatorRankModel[]> {
    if (scope.kind !== 'ORGANISATION') return this.stored(scope, fiscalYear);
    return this.computed(scope, fiscalYear);
  }

  private stored(scope: GroupScope, fiscalYear: number): Promise<IndicatorRankModel[]> {
    return this.dataSource.query(
      `SELECT s.rank, s.indicator::int AS indicator, d.name_th AS "nameTh", d.name_en AS "nameEn", d.tool,
              s.mean_score AS "meanScore", s.share_weakest AS "shareWeakest"
       FROM scope_indicator_analytics s
       JOIN indicators d ON d.fiscal_year = s.fiscal_year AND d.indicator = s.indicator
       WHERE s.scope_kind = $1 AND s.scope_key = $2 AND s.fiscal_year = $3
       ORDER BY s.rank, s.indicator`,
      [scope.kind, scope.key, fiscalYear],
    );
  }

  private computed(scope: Scope, fiscalYear: number): Promise<IndicatorRankModel[]> {
    const params: unknown[] = [fiscalYear];
    const param = (value: unknown) => `$${params.push(value)}`;
    const sql = `
      WITH scores AS (
        SELECT r.organisation_code, s.indicator::int AS indicator, s.score
        FROM results r
        JOIN organisations o ON o.code = r.organisation_code
        CROSS JOIN LATERAL unnest(r.indicator_scores) WITH ORDINALITY AS s(score, indicator)
        WHERE r.fiscal_year = $1 AND ${scopeCondition(scope, param)} AND s.score IS NOT NULL
      ),
      defined AS (SELECT indicator, tool, name_th, name_en FROM indicators WHERE fiscal_year = $1),
      means AS (SELECT indicator, avg(score) AS mean FROM scores GROUP BY indicator),
      complete AS (
        SELECT organisation_code, min(score) AS lowest FROM scores
        GROUP BY organisation_code HAVING count(*) = (SELECT count(*) FROM defined)
      ),
      weakest AS (
        SELECT s.indicator, count(*) AS n FROM scores s
        JOIN complete c ON c.organisation_code = s.organisation_code AND s.score = c.lowest
        GROUP BY s.indicator
      )
      SELECT (rank() OVER (ORDER BY m.mean))::int AS rank, m.indicator, d.name_th AS "nameTh", d.name_en AS "nameEn", d.tool,
             m.mean::float8 AS "meanScore",
             COALESCE(w.n::float8 / NULLIF((SELECT count(*) FROM complete), 0), 0) AS "shareWeakest"
      FROM means m JOIN defined d ON d.indicator = m.indicator LEFT JOIN weakest w ON w.indicator = m.indicator
      ORDER BY rank, m.indicator`;
    return this.dataSource.query(sql, params);
  }
}
