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
import { type ResultField, resultsByOrganisationSql } from '../sql/results-by-organisation.sql';

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
   * Results of many organisations in one statement (the DataLoader batch behind Organisation.results), each with
   * fiscalYear and the given fields only: the row as it comes from `pg` is the answer (copying thousands of rows
   * into new objects showed up in profiles), with indicator scores and provenance shaped when asked for.
   */
  async resultsByOrganisation(codes: readonly string[], fields: readonly ResultField[]): Promise<ResultRow[][]> {
    // The detail columns are there when indicators or provenance are asked for.
    const rows: (ResultRow & DetailColumns)[] = await this.dataSource.query(resultsByOrganisationSql(fields), [codes]);
    const indicators = fields.includes('indicators');
    const provenance = fields.includes('provenance');
    const byCode = new Map<string, ResultRow[]>(codes.map((code) => [code, []]));
    for (const row of rows) {
      if (indicators) row.indicators = toIndicators(row.indicatorScores);
      if (provenance) row.provenance = { importId: row.importId, file: row.sourceFile, sheet: row.sourceSheet, row: row.sourceRow };
      byCode.get(row.organisationCode)?.push(row);
    }
    return codes.map((code) => byCode.get(code) ?? []);
  }
}

/** A result with fiscalYear and the fields asked for (GraphQL reads no other). */
export type ResultRow = Pick<ResultModel, 'fiscalYear'> & Partial<ResultModel> & { organisationCode: string };

/** The columns that indicators and provenance are shaped from. */
interface DetailColumns {
  indicatorScores: (number | null)[];
  importId: string;
  sourceFile: string;
  sourceSheet: string | null;
  sourceRow: number;
}

function toIndicators(scores: (number | null)[]): ResultModel['indicators'] {
  const indicators: ResultModel['indicators'] = [];
  scores.forEach((score, i) => {
    if (score !== null) indicators.push({ indicator: i + 1, score });
  });
  return indicators;
}
