import { AppConfig, loadAppConfig } from '@ita/server/config';
import type { TestDatabase } from './test-database';
import { testRedisUrl, uniqueQueuePrefix } from './test-redis';

/** Configuration for a Nest application under test, pointed at a test database and (when set) the real Redis. */
export function testAppConfig(database: Pick<TestDatabase, 'url' | 'poolSize'>, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadAppConfig({ NODE_ENV: 'test' }),
    databaseUrl: database.url,
    databasePoolSize: database.poolSize,
    redisUrl: testRedisUrl(),
    redisPrefix: uniqueQueuePrefix(),
    port: 0,
    ...overrides,
  };
}
