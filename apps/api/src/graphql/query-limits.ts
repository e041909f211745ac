import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Deep enough for organisation → results → indicators inside a page, far below what a cyclic query needs to hurt. */
export const MAX_QUERY_DEPTH = 8;
/**
 * About one field per answered value. The largest page (500 organisations) with every year's total, level and
 * delta is under it; the same page with every field and indicator of every year is over it (both tested).
 */
export const MAX_QUERY_COST = 100_000;

/** A paginated field costs its page size times what one node asks for. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args['limit'] === 'number' ? 1 + args['limit'] * childComplexity : undefined;

export const depthLimitRule = depthLimit(MAX_QUERY_DEPTH);

/** Refuses a query whose estimated cost is over MAX_QUERY_COST before anything is executed. */
export function queryCostPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(
              `Query cost ${cost} is over the limit of ${MAX_QUERY_COST}: ask for fewer items per page (limit) or fewer fields`,
              { extensions: { code: 'QUERY_TOO_COSTLY' } },
            );
          }
        },
      };
    },
  };
}
