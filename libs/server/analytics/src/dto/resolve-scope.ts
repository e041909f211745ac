import { AppError } from '@ita/server/common';
import { checkProvinceCode } from '@ita/server/registry';
import type { ScopeInput } from './scope.input';

/** The six regions of Province.region (the reference data's geographic scheme). */
export const REGIONS = ['North', 'Northeast', 'Central', 'East', 'West', 'South'] as const;

export type Scope =
  | { kind: 'ORGANISATION'; key: string }
  | { kind: 'PROVINCE'; key: string }
  | { kind: 'TYPE'; key: string }
  | { kind: 'PROVINCE_TYPE'; key: string; provinceCode: string; orgType: string }
  | { kind: 'REGION'; key: string }
  | { kind: 'NATIONAL'; key: '' };

/** A group of organisations (everything but a single organisation): what the per-scope tables hold. */
export type GroupScope = Exclude<Scope, { kind: 'ORGANISATION' }>;

/**
 * The one scope a ScopeInput names; a clear error when it names none or several. A province together with an
 * organisation type is the one allowed pair: the organisations of that type in that province.
 */
export function resolveScope(input: ScopeInput): Scope {
  const { organisationCode, provinceCode, orgType, region, national } = input;
  if (provinceCode) checkProvinceCode(provinceCode);
  if (provinceCode && orgType && !organisationCode && !region && !national) {
    return { kind: 'PROVINCE_TYPE', key: `${provinceCode}:${orgType}`, provinceCode, orgType };
  }
  const set = [
    organisationCode ? ({ kind: 'ORGANISATION', key: organisationCode } as const) : null,
    provinceCode ? ({ kind: 'PROVINCE', key: provinceCode } as const) : null,
    orgType ? ({ kind: 'TYPE', key: orgType } as const) : null,
    region ? ({ kind: 'REGION', key: region } as const) : null,
    national ? ({ kind: 'NATIONAL', key: '' } as const) : null,
  ].filter((s) => s !== null);
  if (set.length !== 1) {
    throw AppError.badInput(
      `scope must set exactly one of organisationCode, provinceCode, orgType, region, national, or provinceCode with orgType (got ${set.length})`,
    );
  }
  const scope = set[0] as Scope;
  if (scope.kind === 'ORGANISATION' && !/^\d{7}$/.test(scope.key))
    throw AppError.badInput(`organisationCode must be 7 digits, got "${scope.key}"`);
  if (scope.kind === 'REGION' && !(REGIONS as readonly string[]).includes(scope.key))
    throw AppError.badInput(`region must be one of ${REGIONS.join(', ')}, got "${scope.key}"`);
  return scope;
}

/** A scope that is a group of organisations; an organisation scope is refused with a clear error. */
export function resolveGroupScope(input: ScopeInput, query: string): GroupScope {
  const scope = resolveScope(input);
  if (scope.kind === 'ORGANISATION')
    throw AppError.badInput(`${query} needs a group scope (province, type, region or national), not an organisation`);
  return scope;
}

/** Where a table keeps what a scope is about: the organisation's code, province and type, and how to test its region. */
interface ScopeColumns {
  code: string;
  province: string;
  type: string;
  region: (param: string) => string;
}

/** The registry: `organisations o`, whose region is its province's. */
const REGISTRY: ScopeColumns = {
  code: 'o.code',
  province: 'o.province_code',
  type: 'o.org_type',
  region: (p) => `o.province_code IN (SELECT code FROM provinces WHERE region_en = ${p})`,
};

/** `org_year_analytics a`, which carries each organisation's province, type and region of the year it was computed for. */
const DERIVED: ScopeColumns = {
  code: 'a.organisation_code',
  province: 'a.province_code',
  type: 'a.org_type',
  region: (p) => `a.region = ${p}`,
};

function conditionOn(columns: ScopeColumns, scope: Scope, param: (value: unknown) => string): string {
  switch (scope.kind) {
    case 'ORGANISATION':
      return `${columns.code} = ${param(scope.key)}`;
    case 'PROVINCE':
      return `${columns.province} = ${param(scope.key)}`;
    case 'TYPE':
      return `${columns.type} = ${param(scope.key)}`;
    case 'PROVINCE_TYPE':
      return `${columns.province} = ${param(scope.provinceCode)} AND ${columns.type} = ${param(scope.orgType)}`;
    case 'REGION':
      return columns.region(param(scope.key));
    case 'NATIONAL':
      return 'TRUE';
  }
}

/** SQL condition over `organisations o` for a scope; its keys become parameters through `param`. */
export const scopeCondition = (scope: Scope, param: (value: unknown) => string): string => conditionOn(REGISTRY, scope, param);

/** The same condition over `org_year_analytics a`. */
export const derivedScopeCondition = (scope: Scope, param: (value: unknown) => string): string => conditionOn(DERIVED, scope, param);
