import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkPagination } from '@ita/server/registry';
import { Scope, scopeCondition } from '../dto/resolve-scope';
import { RankBy } from '../models/rank-by.enum';
import type { RankingPageModel } from '../models/ranking.model';

/**
 * Organisations in scope by total (or by the change since fiscalYear − 1, without those that have none):
 * rank = 1 + how many are strictly better, percentile = 100 × percent_rank ascending; ties by code.
 */
@Injectable()
export class RankingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rankings(scope: Scope, fiscalYear: number, by: RankBy, offset: number, limit: number): Promise<RankingPageModel> {
    checkPagination(offset, limit);
    const params: unknown[] = [fiscalYear];
    const param = (value: unknown) => `$${params.push(value)}`;
    const value = by === RankBy.DELTA ? 'r.total - prev.total' : 'r.total';
    const sql = `
      WITH ranked AS (
        SELECT o.code, o.name_th, o.org_type, o.province_code, o.district_code, o.in_registry, (${value}) AS value
        FROM results r
        JOIN organisations o ON o.code = r.organisation_code
        ${by === RankBy.DELTA ? 'JOIN results prev ON prev.organisation_code = r.organisation_code AND prev.fiscal_year = r.fiscal_year - 1' : ''}
        WHERE r.fiscal_year = $1 AND ${scopeCondition(scope, param)}
      )
      SELECT (rank() OVER (ORDER BY value DESC))::int AS rank,
             value::float8 AS value,
             (100 * percent_rank() OVER (ORDER BY value))::float8 AS percentile,
             count(*) OVER ()::int AS "totalCount",
             json_build_object('code', code, 'nameTh', name_th, 'type', org_type, 'provinceCode', province_code,
                               'districtCode', district_code, 'inRegistry', in_registry) AS organisation
      FROM ranked
      ORDER BY value DESC, code
      OFFSET ${param(offset)} LIMIT ${param(limit)}`;
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

  /** Only needed for a page past the end, where the window count is not available. */
  private async count(scope: Scope, fiscalYear: number, by: RankBy): Promise<number> {
    const params: unknown[] = [fiscalYear];
    const param = (value: unknown) => `$${params.push(value)}`;
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM results r JOIN organisations o ON o.code = r.organisation_code
       ${by === RankBy.DELTA ? 'JOIN results prev ON prev.organisation_code = r.organisation_code AND prev.fiscal_year = r.fiscal_year - 1' : ''}
       WHERE r.fiscal_year = $1 AND ${scopeCondition(scope, param)}`,
      params,
    );
    return n;
  }
}
