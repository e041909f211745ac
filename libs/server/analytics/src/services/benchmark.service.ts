import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, AppErrorCode } from '@ita/server/common';
import { PeerGroup } from '../models/peer-group.enum';
import type { BenchmarkModel } from '../models/benchmark.model';

const peerCondition: Record<PeerGroup, string> = {
  [PeerGroup.SAME_TYPE_PROVINCE]: 'o.org_type = me.org_type AND o.province_code = me.province_code',
  [PeerGroup.SAME_TYPE_NATIONAL]: 'o.org_type = me.org_type',
  [PeerGroup.PROVINCE]: 'o.province_code = me.province_code',
  [PeerGroup.NATIONAL]: 'TRUE',
};

/**
 * An organisation against its peers that year (itself included): the peer median (percentile_cont) and its
 * percentile (100 × percent_rank ascending) for the total and for each indicator it has a score for.
 */
@Injectable()
export class BenchmarkService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async benchmark(code: string, fiscalYear: number, peerGroup: PeerGroup): Promise<BenchmarkModel> {
    const sql = `
      WITH me AS (SELECT o.code, o.org_type, o.province_code FROM organisations o WHERE o.code = $1),
      peers AS (
        SELECT r.organisation_code AS code, r.total, r.indicator_scores
        FROM results r JOIN organisations o ON o.code = r.organisation_code CROSS JOIN me
        WHERE r.fiscal_year = $2 AND ${peerCondition[peerGroup]}
      ),
      values AS (
        SELECT code, 0 AS indicator, total AS value FROM peers
        UNION ALL
        SELECT p.code, s.indicator::int, s.score FROM peers p CROSS JOIN LATERAL unnest(p.indicator_scores) WITH ORDINALITY AS s(score, indicator)
        WHERE s.score IS NOT NULL
      ),
      ranked AS (
        SELECT code, indicator, value, percent_rank() OVER (PARTITION BY indicator ORDER BY value) AS pr FROM values
      ),
      medians AS (
        SELECT indicator, percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median, count(*)::int AS n FROM values GROUP BY indicator
      )
      SELECT r.indicator, r.value::float8 AS value, m.median AS "peerMedian", (100 * r.pr)::float8 AS percentile, m.n AS "peerCount"
      FROM ranked r JOIN medians m ON m.indicator = r.indicator
      WHERE r.code = $1
      ORDER BY r.indicator`;
    const rows: { indicator: number; value: number; peerMedian: number; percentile: number; peerCount: number }[] =
      await this.dataSource.query(sql, [code, fiscalYear]);
    const total = rows.find((r) => r.indicator === 0);
    if (!total) throw new AppError(AppErrorCode.NOT_FOUND, `Organisation ${code} has no result for fiscal year ${fiscalYear}`);
    return {
      peerCount: total.peerCount,
      total: { value: total.value, peerMedian: total.peerMedian, percentile: total.percentile },
      indicators: rows
        .filter((r) => r.indicator > 0)
        .map((r) => ({
          indicator: r.indicator,
          value: r.value,
          peerMedian: r.peerMedian,
          gap: r.value - r.peerMedian,
          percentile: r.percentile,
        })),
    };
  }
}
