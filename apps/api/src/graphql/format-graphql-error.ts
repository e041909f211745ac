import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, AppErrorCode } from '@ita/server/common';

const codeOf: Record<AppErrorCode, string> = {
  [AppErrorCode.BAD_USER_INPUT]: 'BAD_USER_INPUT',
  [AppErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [AppErrorCode.UNAUTHENTICATED]: 'UNAUTHENTICATED',
  [AppErrorCode.FORBIDDEN]: 'FORBIDDEN',
  [AppErrorCode.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [AppErrorCode.CONFLICT]: 'CONFLICT',
};

/**
 * The one place where errors become GraphQL errors: AppErrors keep their message and code; anything else
 * (a database or programming error) is logged by the caller and reaches the client as a generic message.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { code: codeOf[original.code], ...original.details } };
  }
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR')
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  log(original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
