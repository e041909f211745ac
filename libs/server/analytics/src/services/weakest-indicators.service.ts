import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Scope, scopeCondition } from '../dto/resolve-scope';
import type { IndicatorRankModel } from '../models/indicator-rank.model';

/**
 * The year's indicators by mean score ascending (competition ranking on the exact numeric mean), with the
 * share of organisations having every indicator whose lowest score is that indicator (ties count for each).
 */
@Injectable()
export class WeakestIndicatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async weakestIndicators(scope: Scope, fiscalYear: number): Promise<IndicatorRankModel[]> {
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
