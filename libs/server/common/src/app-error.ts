export enum AppErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  CONFLICT = 'CONFLICT',
}

/** A failure the caller can act on; the API maps the code to a GraphQL error code / HTTP status in one place. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(message: string, details?: Record<string, unknown>): AppError {
    return new AppError(AppErrorCode.BAD_USER_INPUT, message, details);
  }
}
