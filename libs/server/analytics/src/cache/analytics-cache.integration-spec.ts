import { loadAppConfig } from '@ita/server/config';
import type { AppConfig } from '@ita/server/config';
import { deleteQueueKeys, testRedisUrl, uniqueQueuePrefix } from '@ita/server/testing';
import { AnalyticsCache } from './analytics-cache';

function config(redisUrl: string | undefined, redisPrefix: string): AppConfig {
  return { ...loadAppConfig({ NODE_ENV: 'test' }), redisUrl, redisPrefix, analyticsCache: true };
}

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('AnalyticsCache: whole serialized answers', () => {
  const prefix = uniqueQueuePrefix();
  const caches: AnalyticsCache[] = [];
  const open = (redisUrl: string | undefined) => {
    const cache = new AnalyticsCache(config(redisUrl, prefix));
    caches.push(cache);
    return cache;
  };
  afterAll(async () => {
    await Promise.all(caches.map((cache) => cache.onApplicationShutdown()));
    const redisUrl = testRedisUrl();
    if (redisUrl) await deleteQueueKeys(redisUrl, prefix);
  });

  it('serves stored bytes under their slot until an analytics run retires them (in-process)', async () => {
    const cache = open(undefined);
    const slot = await cache.slot('gql:a');
    expect(await cache.readBytes(slot)).toBeNull();
    await cache.writeBytes(slot, bytes('{"data":{"ก":1}}\n'));
    expect((await cache.readBytes(slot))?.toString('utf8')).toBe('{"data":{"ก":1}}\n');
    await cache.invalidate();
    const next = await cache.slot('gql:a');
    expect(next).not.toBe(slot);
    expect(await cache.readBytes(next)).toBeNull();
    expect(await cache.readBytes(slot)).toBeNull();
  });

  it('computes a wrapped answer once per version', async () => {
    const cache = open(undefined);
    let computed = 0;
    const trend = () => cache.wrap('trend:national', async () => ({ value: 90.19, computed: ++computed }));
    expect(await trend()).toEqual({ value: 90.19, computed: 1 });
    expect(await trend()).toEqual({ value: 90.19, computed: 1 });
    await cache.invalidate();
    expect(await trend()).toEqual({ value: 90.19, computed: 2 });
  });

  // The Redis path needs the real Redis: CI sets REDIS_URL; without it only the in-process store is tested.
  const redisUrl = testRedisUrl();
  if (redisUrl) {
    it('shares answers between processes through Redis, and a run in one process retires them in the other', async () => {
      const api = open(redisUrl);
      const other = open(redisUrl);
      const slot = await api.slot('gql:shared');
      await api.writeBytes(slot, bytes('{"data":{"trend":[]}}\n'));
      expect((await other.readBytes(await other.slot('gql:shared')))?.toString()).toBe('{"data":{"trend":[]}}\n');
      // The worker's run commits: both processes must stop serving the answer, including from their own memory.
      await other.invalidate();
      expect(await api.readBytes(await api.slot('gql:shared'))).toBeNull();
      expect(await other.readBytes(await other.slot('gql:shared'))).toBeNull();
    });
  }
});
