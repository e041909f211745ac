import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';

/** The real Redis when REDIS_URL is set (as in CI); tests of the BullMQ path run only then. */
export function testRedisUrl(): string | undefined {
  return process.env.REDIS_URL || undefined;
}

/** A BullMQ prefix no other test file or run uses (under REDIS_PREFIX, so a CI run can clear its own keys). */
export function uniqueQueuePrefix(): string {
  return `${process.env.REDIS_PREFIX || 'ita'}-test-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Deletes every key under a BullMQ prefix. */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
