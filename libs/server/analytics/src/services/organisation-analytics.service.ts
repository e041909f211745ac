import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationAnalyticsModel, TrendClass } from '../models/organisation-analytics.model';

export interface OrganisationYear {
  code: string;
  fiscalYear: number;
}

interface Row {
  code: string;
  fiscalYear: number;
  total: number;
  deltaTotal: number | null;
  deltaIit: number | null;
  deltaEit: number | null;
  deltaOit: number | null;
  ranks: number[];
  percentiles: number[];
  weakestIndicators: number[];
  deltas: (number | null)[] | null;
  contributions: (number | null)[] | null;
  gaps: (number | null)[] | null;
  trendClass: TrendClass | null;
  trendSlope: number | null;
  trendYears: number;
}

/** Rows of org_year_analytics for many (organisation, year) pairs in one statement: the DataLoader batch. */
@Injectable()
export class OrganisationAnalyticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(keys: readonly OrganisationYear[]): Promise<(OrganisationAnalyticsModel | null)[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT a.organisation_code AS code, a.fiscal_year AS "fiscalYear", a.total::float8 AS total,
              a.delta_total::float8 AS "deltaTotal", a.delta_iit::float8 AS "deltaIit", a.delta_eit::float8 AS "deltaEit",
              a.delta_oit::float8 AS "deltaOit",
              ARRAY[a.rank_national, a.rank_province, a.rank_type, a.rank_province_type] AS ranks,
              ARRAY[a.percentile_national, a.percentile_province, a.percentile_type, a.percentile_province_type] AS percentiles,
              a.weakest_indicators::int[] AS "weakestIndicators", a.delta_indicators::float8[] AS deltas,
              a.contributions::float8[] AS contributions, a.gaps_to_peer_median::float8[] AS gaps,
              a.trend_class AS "trendClass", a.trend_slope AS "trendSlope", a.trend_years::int AS "trendYears"
       FROM org_year_analytics a
       JOIN unnest($1::text[], $2::smallint[]) AS k(code, fiscal_year)
         ON a.organisation_code = k.code AND a.fiscal_year = k.fiscal_year`,
      [keys.map((k) => k.code), keys.map((k) => k.fiscalYear)],
    );
    const byKey = new Map(rows.map((row) => [`${row.code}:${row.fiscalYear}`, toModel(row)]));
    return keys.map((k) => byKey.get(`${k.code}:${k.fiscalYear}`) ?? null);
  }
}

function toModel(row: Row): OrganisationAnalyticsModel {
  const rank = (i: number) => ({ rank: row.ranks[i], percentile: row.percentiles[i] });
  const length = Math.max(row.deltas?.length ?? 0, row.contributions?.length ?? 0, row.gaps?.length ?? 0);
  const contributions = (row.contributions ?? []).filter((c): c is number => c !== null);
  return {
    fiscalYear: row.fiscalYear,
    total: row.total,
    deltaTotal: row.deltaTotal,
    deltaIit: row.deltaIit,
    deltaEit: row.deltaEit,
    deltaOit: row.deltaOit,
    national: rank(0),
    province: rank(1),
    type: rank(2),
    provinceType: rank(3),
    weakestIndicators: row.weakestIndicators,
    indicators: Array.from({ length }, (_, i) => ({
      indicator: i + 1,
      delta: row.deltas?.[i] ?? null,
      contribution: row.contributions?.[i] ?? null,
      gapToPeerMedian: row.gaps?.[i] ?? null,
    })),
    explainedDelta: contributions.length ? Math.round(contributions.reduce((a, b) => a + b, 0) * 1000) / 1000 : null,
    trendClass: row.trendClass,
    trendSlope: row.trendSlope,
    trendYears: row.trendYears,
  };
}
