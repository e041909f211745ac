import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { AppError, AppErrorCode } from '@ita/server/common';
import { IMPORT_TOKEN } from './import-token';

/** 401 without a bearer token, 403 with a wrong one. */
@Injectable()
export class ImportTokenGuard implements CanActivate {
  constructor(@Inject(IMPORT_TOKEN) private readonly token: string) {}

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) throw new AppError(AppErrorCode.UNAUTHENTICATED, 'Sign-in required: send Authorization: Bearer <token>');
    const given = Buffer.from(match[1].trim());
    const expected = Buffer.from(this.token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError(AppErrorCode.FORBIDDEN, 'This token may not import files');
    }
    return true;
  }
}
