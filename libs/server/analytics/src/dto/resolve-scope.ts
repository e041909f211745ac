import { AppError } from '@ita/server/common';
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

function checkProvinceCode(code: string): void {
  if (!/^\d{2}$/.test(code)) throw AppError.badInput(`provinceCode must be 2 digits, got "${code}"`);
}

/** SQL condition over `organisations o` for a scope; the key is parameter `$n`. */
export function scopeCondition(scope: Scope, param: (value: unknown) => string): string {
  switch (scope.kind) {
    case 'ORGANISATION':
      return `o.code = ${param(scope.key)}`;
    case 'PROVINCE':
      return `o.province_code = ${param(scope.key)}`;
    case 'TYPE':
      return `o.org_type = ${param(scope.key)}`;
    case 'PROVINCE_TYPE':
      return `o.province_code = ${param(scope.provinceCode)} AND o.org_type = ${param(scope.orgType)}`;
    case 'REGION':
      return `o.province_code IN (SELECT code FROM provinces WHERE region_en = ${param(scope.key)})`;
    case 'NATIONAL':
      return 'TRUE';
  }
}

/**
 * The same condition over `org_year_analytics a`, which carries each organisation's province, type and region
 * of the year it was computed for.
 */
export function derivedScopeCondition(scope: Scope, param: (value: unknown) => string): string {
  switch (scope.kind) {
    case 'ORGANISATION':
      return `a.organisation_code = ${param(scope.key)}`;
    case 'PROVINCE':
      return `a.province_code = ${param(scope.key)}`;
    case 'TYPE':
      return `a.org_type = ${param(scope.key)}`;
    case 'PROVINCE_TYPE':
      return `a.province_code = ${param(scope.provinceCode)} AND a.org_type = ${param(scope.orgType)}`;
    case 'REGION':
      return `a.region = ${param(scope.key)}`;
    case 'NATIONAL':
      return 'TRUE';
  }
}
