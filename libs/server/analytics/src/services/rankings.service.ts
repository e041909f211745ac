import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkPagination } from '@ita/server/registry';
import { derivedScopeCondition, Scope } from '../dto/resolve-scope';
import { RankBy } from '../models/rank-by.enum';
import type { RankingPageModel } from '../models/ranking.model';

/**
 * Organisations in scope by total (or by the change since fiscalYear − 1, without those that have none):
 * rank = 1 + how many are strictly better, percentile = 100 × percent_rank ascending; ties by code.
 * Read from the analytics job's per-organisation table (one row per result, with its delta).
 */
@Injectable()
export class RankingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rankings(scope: Scope, fiscalYear: number, by: RankBy, offset: number, limit: number): Promise<RankingPageModel> {
    checkPagination(offset, limit);
    const params: unknown[] = [fiscalYear];
    const param = (value: unknown) => `$${params.push(value)}`;
    const sql = `
      WITH ranked AS (
        SELECT a.organisation_code AS code, ${by === RankBy.DELTA ? 'a.delta_total' : 'a.total'}::float8 AS value
        FROM org_year_analytics a
        WHERE a.fiscal_year = $1 AND ${this.condition(scope, by, param)}
      ),
      page AS (
        -- One ascending sort serves both: count(*) over it counts the rows up to each value and its ties, so
        -- 1 + n − that is 1 + how many are strictly better. Two-decimal values are exact enough as float8 to keep ties.
        SELECT code, value, (1 + count(*) OVER () - count(*) OVER ascending)::int AS rank,
               (100 * percent_rank() OVER ascending)::float8 AS percentile, count(*) OVER ()::int AS "totalCount"
        FROM ranked
        WINDOW ascending AS (ORDER BY value)
        ORDER BY value DESC, code
        OFFSET ${param(offset)} LIMIT ${param(limit)}
      )
      SELECT p.rank, p.value, p.percentile, p."totalCount",
             json_build_object('code', o.code, 'nameTh', o.name_th, 'type', o.org_type, 'provinceCode', o.province_code,
                               'districtCode', o.district_code, 'inRegistry', o.in_registry) AS organisation
      FROM page p JOIN organisations o ON o.code = p.code
      ORDER BY p.value DESC, p.code`;
    const rows: {
      rank: number;
      value: number;
      percentile: number;
      totalCount: number;
      organisation: RankingPageModel['nodes'][number]['organisation'];
    }[] = await this.dataSource.query(sql, params);
    const totalCount = rows[0]?.totalCount ?? (await this.count(scope, fiscalYear, by));
    return { totalCount, nodes: rows.map(({ totalCount: _, ...entry }) => entry) };
  }

  private condition(scope: Scope, by: RankBy, param: (value: unknown) => string): string {
    const inScope = derivedScopeCondition(scope, param);
    return by === RankBy.DELTA ? `${inScope} AND a.delta_total IS NOT NULL` : inScope;
  }

  /** Only needed for a page past the end, where the window count is not available. */
  private async count(scope: Scope, fiscalYear: number, by: RankBy): Promise<number> {
    const params: unknown[] = [fiscalYear];
    const param = (value: unknown) => `$${params.push(value)}`;
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM org_year_analytics a WHERE a.fiscal_year = $1 AND ${this.condition(scope, by, param)}`,
      params,
    );
    return n;
  }
}
