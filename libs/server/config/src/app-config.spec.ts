import { resolve } from 'node:path';
import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = loadAppConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.dataDir).toBe(resolve(process.cwd(), '.data'));
    expect(config.demo).toBe(false);
  });

  it('reads the real services and flags', () => {
    const config = loadAppConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PORT: '4000',
      DEMO: '1',
      DATA_DIR: '/tmp/ita',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      redisUrl: 'redis://127.0.0.1:6379',
      port: 4000,
      demo: true,
      dataDir: '/tmp/ita',
    });
  });

  it('treats empty strings as unset', () => {
    expect(loadAppConfig({ DATABASE_URL: '', REDIS_URL: '' })).toMatchObject({ databaseUrl: undefined, redisUrl: undefined });
  });

  it('names every invalid variable', () => {
    expect(() => loadAppConfig({ PORT: 'abc', DATABASE_URL: 'not a url' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});
