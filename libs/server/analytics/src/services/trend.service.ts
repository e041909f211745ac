import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GroupScope, Scope, scopeCondition } from '../dto/resolve-scope';
import { Metric, metricSql } from '../models/metric.enum';
import type { TrendPointModel } from '../models/trend-point.model';

/**
 * One point per fiscal year: an organisation's own value, or over the organisations in scope that have the
 * metric that year the mean, percentile_cont quartiles, share ≥ 85 and count. delta is against fiscalYear − 1.
 * The total of a group scope is read from the analytics job's per-scope table; other metrics are computed here.
 */
@Injectable()
export class TrendService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  trend(scope: Scope, metric: Metric): Promise<TrendPointModel[]> {
    if (metric === Metric.TOTAL && scope.kind !== 'ORGANISATION') return this.storedTotalTrend(scope);
    return this.computedTrend(scope, metric);
  }

  private storedTotalTrend(scope: GroupScope): Promise<TrendPointModel[]> {
    return this.dataSource.query(
      `SELECT fiscal_year AS "fiscalYear", mean AS value, count, median, p25, p75, share_at_least_85 AS "shareAtLeast85",
              delta_mean AS delta
       FROM scope_year_analytics
       WHERE scope_kind = $1 AND scope_key = $2 AND metric = 'TOTAL'
       ORDER BY fiscal_year`,
      [scope.kind, scope.key],
    );
  }

  private computedTrend(scope: Scope, metric: Metric): Promise<TrendPointModel[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const single = scope.kind === 'ORGANISATION';
    const sql = `
      WITH scoped AS (
        SELECT r.fiscal_year, (${metricSql(metric)})::numeric AS value
        FROM results r JOIN organisations o ON o.code = r.organisation_code
        WHERE ${scopeCondition(scope, param)} AND ${metricSql(metric)} IS NOT NULL
      ),
      points AS (
        SELECT fiscal_year,
               avg(value) AS value,
               count(*)::int AS count,
               ${single ? 'NULL::float8' : 'percentile_cont(0.5) WITHIN GROUP (ORDER BY value)'} AS median,
               ${single ? 'NULL::float8' : 'percentile_cont(0.25) WITHIN GROUP (ORDER BY value)'} AS p25,
               ${single ? 'NULL::float8' : 'percentile_cont(0.75) WITHIN GROUP (ORDER BY value)'} AS p75,
               ${single ? 'NULL::float8' : 'avg((value >= 85)::int)::float8'} AS share
        FROM scoped GROUP BY fiscal_year
      )
      SELECT p.fiscal_year AS "fiscalYear", p.value::float8 AS value, p.count, p.median, p.p25, p.p75,
             p.share AS "shareAtLeast85", (p.value - prev.value)::float8 AS delta
      FROM points p LEFT JOIN points prev ON prev.fiscal_year = p.fiscal_year - 1
      ORDER BY p.fiscal_year`;
    return this.dataSource.query(sql, params);
  }
}
