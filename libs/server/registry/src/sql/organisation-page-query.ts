import { normaliseNameForMatch, splitOrganisationName } from '@ita/domain';
import { AppError } from '@ita/server/common';
import type { OrganisationFilterInput } from '../dto/organisation-filter.input';
import { OrganisationSortField, OrganisationSortInput } from '../dto/organisation-sort.input';
import { checkProvinceCode } from '../dto/input-checks';

export interface OrganisationPageQuery {
  /** FROM and WHERE, shared by the page and its count. */
  from: string;
  orderBy: string;
  params: unknown[];
}

/** The FROM/WHERE/ORDER BY of an organisations page: registry filters, and a fiscal year's total and change. */
export function organisationPageQuery(
  filter: OrganisationFilterInput | null | undefined,
  sort: OrganisationSortInput | null | undefined,
): OrganisationPageQuery {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter?.provinceCode) {
    checkProvinceCode(filter.provinceCode);
    conditions.push(`o.province_code = ${param(filter.provinceCode)}`);
  }
  const search = filter?.search?.trim();
  const { name, typeHint } = search ? splitOrganisationName(search) : { name: '', typeHint: null };
  // "ทต.โพธิ์ทอง" means the เทศบาลตำบล named โพธิ์ทอง: a typed prefix narrows the type unless one is given.
  const orgType = filter?.orgType ?? typeHint;
  if (orgType) conditions.push(`o.org_type = ${param(orgType)}`);
  if (search) {
    const nameParam = param(`%${escapeLike(normaliseNameForMatch(name))}%`);
    conditions.push(`(o.name_match LIKE ${nameParam} OR o.code LIKE ${param(`${escapeLike(search)}%`)})`);
  }

  const byYear =
    filter?.totalBelow != null ||
    filter?.totalAtLeast != null ||
    filter?.deltaBelow != null ||
    (sort && sort.field !== OrganisationSortField.CODE);
  let joins = '';
  if (byYear) {
    if (filter?.fiscalYear == null) throw AppError.badInput('filter.fiscalYear is needed to filter or sort by total or delta');
    const year = param(filter.fiscalYear);
    joins = `LEFT JOIN results r ON r.organisation_code = o.code AND r.fiscal_year = ${year}
             LEFT JOIN results pv ON pv.organisation_code = o.code AND pv.fiscal_year = ${year} - 1`;
    if (filter.totalBelow != null) conditions.push(`r.total < ${param(filter.totalBelow)}`);
    if (filter.totalAtLeast != null) conditions.push(`r.total >= ${param(filter.totalAtLeast)}`);
    if (filter.deltaBelow != null) conditions.push(`r.total - pv.total < ${param(filter.deltaBelow)}`);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const direction = sort?.direction === 'DESC' ? 'DESC' : 'ASC';
  const key = { CODE: null, TOTAL: 'r.total', DELTA: 'r.total - pv.total' }[sort?.field ?? OrganisationSortField.CODE];
  const orderBy = key ? `${key} ${direction} NULLS LAST, o.code` : `o.code ${direction}`;
  return { from: `FROM organisations o ${joins} ${where}`, orderBy, params };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
