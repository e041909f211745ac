import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { AnalyticsCache } from '@ita/server/analytics';
import type { RequestContext } from '@ita/server/common';
import type { Response } from 'express';
import { RESPONSE_CACHE_SLOT } from './cached-response.middleware';
import { formatGraphqlError } from './format-graphql-error';
import { depthLimitRule, queryCostPlugin } from './query-limits';
import { responseCachePlugin } from './response-cache.plugin';

const logger = new Logger('GraphQL');

export function graphqlOptions(cache: AnalyticsCache): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: true,
    playground: false,
    context: ({ res }: { res: Response }): RequestContext => ({ responseCacheSlot: res.locals[RESPONSE_CACHE_SLOT] }),
    validationRules: [depthLimitRule],
    // Apollo's cache-control plugin wraps every field resolution; caching here is the response cache's job.
    plugins: [ApolloServerPluginCacheControlDisabled(), queryCostPlugin(), responseCachePlugin(cache)],
    formatError: (formatted, error) => formatGraphqlError(formatted, error, (e) => logger.error(e instanceof Error ? e.stack : String(e))),
  };
}
