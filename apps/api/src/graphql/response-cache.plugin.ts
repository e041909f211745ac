import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { createHash } from 'node:crypto';
import type { AnalyticsCache } from '@ita/server/analytics';
import type { RequestContext } from '@ita/server/common';

/**
 * Root fields whose answer depends only on the stored results and their analytics. importJob is not among them
 * (its answer changes while a job runs), nor are mutations.
 */
export const CACHEABLE_ROOT_FIELDS = new Set([
  '__typename',
  'provinces',
  'organisation',
  'organisations',
  'compareOrganisations',
  'trend',
  'weakestIndicators',
  'rankings',
  'benchmark',
  'scopeSummary',
]);

/**
 * Whole-response read-through cache: a repeated query is answered without executing it, which is what makes
 * large nested answers (a province's organisations with all their results) cheap when warm. It shares the
 * analytics cache's versioned store, so every analytics run — each import is followed by one — retires all
 * earlier answers at once. The key holds the query text, operation name, variables and the caller's scope.
 */
export function responseCachePlugin(cache: AnalyticsCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let slot: string | null = null;
      let served = false;
      return {
        async responseForOperation(request) {
          if (!cache.isEnabled || !isCacheable(request)) return null;
          slot = await cache.slot(`gql:${cacheKey(request)}`);
          const hit = await cache.read(slot);
          if (hit === null) return null;
          served = true;
          const headers = new HeaderMap([['x-cache', 'HIT']]);
          return { http: { status: undefined, headers }, body: { kind: 'single', singleResult: JSON.parse(hit) } };
        },
        async willSendResponse({ response }) {
          if (!slot || served || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          await cache.write(slot, JSON.stringify(response.body.singleResult));
        },
      };
    },
  };
}

function isCacheable({ operation }: GraphQLRequestContextResponseForOperation<RequestContext>): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === 'Field' && CACHEABLE_ROOT_FIELDS.has(s.name.value))
  );
}

function cacheKey(request: GraphQLRequestContextResponseForOperation<RequestContext>): string {
  const parts = [
    request.queryHash,
    request.operationName ?? '',
    stableJson(request.request.variables ?? {}),
    request.contextValue.cacheScope ?? 'public',
  ];
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
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
