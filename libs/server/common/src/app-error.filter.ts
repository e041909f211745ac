import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, AppErrorCode } from './app-error';

const httpStatusOf: Record<AppErrorCode, number> = {
  [AppErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [AppErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [AppErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [AppErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [AppErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [AppErrorCode.CONFLICT]: HttpStatus.CONFLICT,
};

/**
 * AppErrors are expected outcomes, not crashes: over HTTP they become their status with a JSON body; in
 * GraphQL they are handed back to Apollo (the error formatter gives them their code) without Nest logging
 * them as unhandled.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(httpStatusOf[error.code])
      .json({ statusCode: httpStatusOf[error.code], code: error.code, message: error.message, ...error.details });
    return undefined;
  }
}
