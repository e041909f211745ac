import { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@ita/server/config';
import { createTestDatabase, deleteQueueKeys, testAppConfig, TestDatabase } from '@ita/server/testing';
import { createApiApp } from '../create-api-app';

export const TEST_IMPORT_TOKEN = 'test-import-token-0123456789';

export interface ApiTestContext {
  app: INestApplication;
  db: TestDatabase;
  baseUrl: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: GraphqlError[] }>;
  close(): Promise<void>;
}

export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

/** The real API application over a fresh test database, listening on a free port. */
export async function startApiForTest(overrides: Partial<AppConfig> = {}): Promise<ApiTestContext> {
  // The embedded database admits one connection: the app's pool takes it (tests use app.get(DataSource)).
  const db = await createTestDatabase({ connect: false });
  const config = testAppConfig(db, { logLevel: 'error', importToken: TEST_IMPORT_TOKEN, importMaxBytes: 64 * 1024, ...overrides });
  const app = await createApiApp(config, { runWorkers: true });
  await app.listen(0, '127.0.0.1');
  // The client (fetch) and the server share this process: when a test keeps the event loop busy for seconds, the
  // server's 5 s keep-alive timer and the client's reuse of the idle socket can fire in the wrong order (the request
  // then fails with ECONNRESET). With a longer server timeout the client is always the one that closes idle sockets.
  (app.getHttpServer() as { keepAliveTimeout: number }).keepAliveTimeout = 30_000;
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    db,
    baseUrl,
    async graphql(query, variables) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: never; errors?: GraphqlError[] };
    },
    async close() {
      await app.close();
      await db.close();
      if (config.redisUrl) await deleteQueueKeys(config.redisUrl, config.redisPrefix);
    },
  };
}
