import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@ita/server/config';

export const IMPORT_TOKEN = Symbol('IMPORT_TOKEN');

/** Until sign-in exists (the tenancy issue), uploads need this bearer token: configured, or made at start. */
export function importTokenFrom(config: AppConfig): string {
  return config.importToken ?? randomBytes(24).toString('base64url');
}
