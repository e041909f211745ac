import { createHash } from 'node:crypto';

/** What identifies a GraphQL answer: the request as sent (query text, operation, variables) and who asks. */
export interface CacheableRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** Until sign-in exists every caller may see everything: one scope. */
export const PUBLIC_SCOPE = 'public';

export function responseCacheKey(request: CacheableRequest, scope: string): string {
  const parts = [request.query, request.operationName ?? '', stableJson(request.variables ?? {}), scope];
  return `gql:${createHash('sha256').update(parts.join('\u0000')).digest('base64url')}`;
}

/** The request body, when it is one GraphQL query sent as JSON (not a batch, not a persisted-query hash). */
export function asCacheableRequest(body: unknown): CacheableRequest | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  return { query, operationName: operationName as string | null, variables: variables as Record<string, unknown> | null };
}

/** JSON with object keys sorted, so that {a, b} and {b, a} share an entry. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
