import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationFilterInput } from '../dto/organisation-filter.input';
import { OrganisationSortInput } from '../dto/organisation-sort.input';
import { checkPagination } from '../dto/input-checks';
import { OrganisationPageModel } from '../models/organisation-page.model';
import { OrganisationModel } from '../models/organisation.model';
import { ProvinceModel } from '../models/province.model';
import { ResultModel } from '../models/result.model';
import { organisationPageQuery } from '../sql/organisation-page-query';
import { resultsByOrganisationSql } from '../sql/results-by-organisation.sql';

const organisationColumns = `o.code, o.name_th AS "nameTh", o.org_type AS type, o.province_code AS "provinceCode",
  o.district_code AS "districtCode", o.in_registry AS "inRegistry"`;

@Injectable()
export class RegistryReadService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listProvinces(): Promise<ProvinceModel[]> {
    return this.dataSource.query(
      `SELECT code, name_th AS "nameTh", name_en AS "nameEn", region_en AS region, region_th AS "regionTh"
       FROM provinces ORDER BY code`,
    );
  }

  async findOrganisation(code: string): Promise<OrganisationModel | null> {
    const rows: OrganisationModel[] = await this.dataSource.query(`SELECT ${organisationColumns} FROM organisations o WHERE o.code = $1`, [
      code.trim(),
    ]);
    return rows[0] ?? null;
  }

  /** The organisations with these codes, in the order given; codes not in the registry are left out. */
  async findOrganisationsByCodes(codes: readonly string[]): Promise<OrganisationModel[]> {
    const rows: OrganisationModel[] = await this.dataSource.query(
      `SELECT ${organisationColumns} FROM unnest($1::text[]) WITH ORDINALITY AS k(code, position)
       JOIN organisations o ON o.code = k.code ORDER BY k.position`,
      [codes],
    );
    return rows;
  }

  async findOrganisations(
    filter: OrganisationFilterInput | null | undefined,
    offset: number,
    limit: number,
    sort: OrganisationSortInput | null = null,
  ): Promise<OrganisationPageModel> {
    checkPagination(offset, limit);
    const { from, orderBy, params } = organisationPageQuery(filter, sort);
    const n = params.length;
    const [nodes, count] = await Promise.all([
      this.dataSource.query(`SELECT ${organisationColumns} ${from} ORDER BY ${orderBy} OFFSET $${n + 1} LIMIT $${n + 2}`, [
        ...params,
        offset,
        limit,
      ]),
      this.dataSource.query(`SELECT count(*)::int AS n ${from}`, params),
    ]);
    return { totalCount: count[0].n, nodes };
  }

  /**
   * Results of many organisations in one statement (the DataLoader batch behind Organisation.results). Without
   * `withDetail`, indicator scores and provenance are left out: parsing the indicator arrays (and the garbage) took
   * a province's 334 organisations × 7 years from p50 30 ms to 51 ms uncached.
   */
  async resultsByOrganisation(codes: readonly string[], withDetail: true): Promise<ResultModel[][]>;
  async resultsByOrganisation(codes: readonly string[], withDetail: false): Promise<ResultSummary[][]>;
  async resultsByOrganisation(codes: readonly string[], withDetail: boolean): Promise<(ResultModel | ResultSummary)[][]> {
    const rows: (ResultSummaryRow & Partial<ResultDetailRow>)[] = await this.dataSource.query(resultsByOrganisationSql(withDetail), [
      codes,
    ]);
    const byCode = new Map<string, (ResultModel | ResultSummary)[]>(codes.map((code) => [code, []]));
    for (const row of rows)
      byCode.get(row.organisationCode)?.push(withDetail ? toResult(row as ResultSummaryRow & ResultDetailRow) : toSummary(row));
    return codes.map((code) => byCode.get(code) ?? []);
  }
}

/** A result without indicator scores and provenance. */
export type ResultSummary = Omit<ResultModel, 'indicators' | 'provenance'>;

interface ResultSummaryRow extends ResultSummary {
  organisationCode: string;
}

interface ResultDetailRow {
  indicatorScores: (number | null)[];
  importId: string;
  sourceFile: string;
  sourceSheet: string | null;
  sourceRow: number;
}

/** Field by field: object rest/spread over thousands of rows showed up in profiles. */
function toSummary(row: ResultSummaryRow): ResultSummary {
  return {
    fiscalYear: row.fiscalYear,
    total: row.total,
    level: row.level,
    iit: row.iit,
    eit: row.eit,
    oit: row.oit,
    eitPart1: row.eitPart1,
    eitPart2: row.eitPart2,
    delta: row.delta,
    totalPublished: row.totalPublished,
    totalDerived: row.totalDerived,
    levelPublished: row.levelPublished,
    levelDerived: row.levelDerived,
  };
}

function toResult(row: ResultSummaryRow & ResultDetailRow): ResultModel {
  const indicators: ResultModel['indicators'] = [];
  row.indicatorScores.forEach((score, i) => {
    if (score !== null) indicators.push({ indicator: i + 1, score });
  });
  const result = toSummary(row) as ResultModel;
  result.indicators = indicators;
  result.provenance = { importId: row.importId, file: row.sourceFile, sheet: row.sourceSheet, row: row.sourceRow };
  return result;
}
