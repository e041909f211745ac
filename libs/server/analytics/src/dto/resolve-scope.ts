import { AppError } from '@ita/server/common';
import type { ScopeInput } from './scope.input';

export type Scope =
  { kind: 'ORGANISATION'; key: string } | { kind: 'PROVINCE'; key: string } | { kind: 'TYPE'; key: string } | { kind: 'NATIONAL'; key: '' };

/** The one scope a ScopeInput names; a clear error when it names none or several. */
export function resolveScope(input: ScopeInput): Scope {
  const set = [
    input.organisationCode ? ({ kind: 'ORGANISATION', key: input.organisationCode } as const) : null,
    input.provinceCode ? ({ kind: 'PROVINCE', key: input.provinceCode } as const) : null,
    input.orgType ? ({ kind: 'TYPE', key: input.orgType } as const) : null,
    input.national ? ({ kind: 'NATIONAL', key: '' } as const) : null,
  ].filter((s) => s !== null);
  if (set.length !== 1) {
    throw AppError.badInput(`scope must set exactly one of organisationCode, provinceCode, orgType, national (got ${set.length})`);
  }
  const scope = set[0] as Scope;
  if (scope.kind === 'PROVINCE' && !/^\d{2}$/.test(scope.key)) throw AppError.badInput(`provinceCode must be 2 digits, got "${scope.key}"`);
  if (scope.kind === 'ORGANISATION' && !/^\d{7}$/.test(scope.key))
    throw AppError.badInput(`organisationCode must be 7 digits, got "${scope.key}"`);
  return scope;
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
    case 'NATIONAL':
      return 'TRUE';
  }
}
