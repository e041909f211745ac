import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '@ita/server/config';
import type { AppConfig } from '@ita/server/config';
import { BytesByKey } from '@ita/server/common';

const TTL_SECONDS = 24 * 3600;
/** Answers kept in this process: the whole store without Redis, a tier in front of it with Redis. */
const LOCAL_BYTES = 64 * 1024 * 1024;

/**
 * Read-through cache for analytics answers, stored serialized: in Redis when REDIS_URL is set (shared by every API
 * process), and in a size-bounded map in this process. Keys are versioned: an analytics run bumps the version, which
 * makes every older answer unreachable at once (they expire by TTL). Callers put everything that affects an answer
 * in its key — the query, its arguments, and (once sign-in exists) the caller's scope.
 */
@Injectable()
export class AnalyticsCache implements OnApplicationShutdown {
  private readonly redis: Redis | null;
  private readonly prefix: string;
  private localVersion = 0;
  private readonly local = new BytesByKey(LOCAL_BYTES);
  /** The version the answers held in `local` belong to. */
  private localHolds = '';
  private readonly enabled: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.enabled = config.analyticsCache;
    this.prefix = `${config.redisPrefix}:analytics-cache`;
    this.redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false }) : null;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  async wrap<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const slot = await this.slot(key);
    const hit = await this.readBytes(slot);
    if (hit) return JSON.parse(hit.toString('utf8')) as T;
    const value = await compute();
    await this.writeBytes(slot, Buffer.from(JSON.stringify(value)));
    return value;
  }

  /**
   * The versioned key of an answer, fixed before computing it: an answer computed while a run commits is stored
   * under the version it started from, so it is never served after that run.
   */
  async slot(key: string): Promise<string> {
    return `${this.prefix}:${await this.version()}:${key}`;
  }

  /**
   * A serialized answer, from this process's memory when it was served here before (its slot names the version, so
   * a retired answer is never found), else from Redis. For large answers (a province's organisations with their
   * results, ~185 kB) fetching and decoding them from Redis on every hit was most of the cost.
   */
  async readBytes(slot: string): Promise<Buffer | null> {
    const local = this.local.get(slot);
    if (local) return local;
    const remote = this.redis ? await this.redis.getBuffer(slot) : null;
    if (remote) this.local.set(slot, remote);
    return remote;
  }

  async writeBytes(slot: string, bytes: Buffer): Promise<void> {
    this.local.set(slot, bytes);
    if (this.redis) await this.redis.set(slot, bytes, 'EX', TTL_SECONDS);
  }

  /** After an analytics run commits: no answer computed before it is served again. */
  async invalidate(): Promise<void> {
    if (this.redis) await this.redis.incr(`${this.prefix}:version`);
    else this.localVersion++;
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }

  private async version(): Promise<string> {
    const version = this.redis ? ((await this.redis.get(`${this.prefix}:version`)) ?? '0') : String(this.localVersion);
    // A run (here or in another process) retired every answer held here: free their memory now, not as they age out.
    if (version !== this.localHolds) {
      this.local.clear();
      this.localHolds = version;
    }
    return version;
  }
}
