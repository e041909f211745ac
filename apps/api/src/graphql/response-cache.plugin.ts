import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
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
 * The write side of the whole-response cache (CachedResponseMiddleware reads it): stores the answer to a cacheable
 * query without errors under the slot the middleware fixed. It shares the analytics cache's versioned store, so
 * every analytics run (each import is followed by one) retires all earlier answers at once.
 */
export function responseCachePlugin(cache: AnalyticsCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const slot = contextValue.responseCacheSlot;
      // Set by CachedResponseMiddleware, only when the cache is on.
      if (!slot) return;
      let cacheable = false;
      return {
        async didResolveOperation({ operation }) {
          cacheable = operation !== undefined && isCacheable(operation);
        },
        async willSendResponse({ response }) {
          if (!cacheable || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          await cache.writeBytes(slot, Buffer.from(`${JSON.stringify(response.body.singleResult)}\n`)).catch(() => undefined);
        },
      };
    },
  };
}

function isCacheable(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === 'Field' && CACHEABLE_ROOT_FIELDS.has(s.name.value))
  );
}
