import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { RequestContext } from '@ita/server/common';
import { formatGraphqlError } from './format-graphql-error';

const logger = new Logger('GraphQL');

export function graphqlOptions(): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: true,
    playground: false,
    context: (): RequestContext => ({}),
    formatError: (formatted, error) => formatGraphqlError(formatted, error, (e) => logger.error(e instanceof Error ? e.stack : String(e))),
  };
}
