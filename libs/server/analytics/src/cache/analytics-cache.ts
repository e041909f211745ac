import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '@ita/server/config';
import type { AppConfig } from '@ita/server/config';
import { BytesByKey } from '@ita/server/common';

const TTL_SECONDS = 24 * 3600;
const LOCAL_ENTRIES = 5000;
/** Whole serialized answers kept in this process as well, in front of Redis: a bound on their total size. */
const LOCAL_BYTES = 64 * 1024 * 1024;

/**
 * Read-through cache for analytics answers: Redis when REDIS_URL is set (shared by every API process), else a
 * bounded map in this process. Keys are versioned: an analytics run bumps the version, which makes every older
 * answer unreachable at once (they expire by TTL). Callers put everything that affects an answer in its key —
 * the query, its arguments, and (once sign-in exists) the caller's scope.
 */
@Injectable()
export class AnalyticsCache implements OnApplicationShutdown {
  private readonly redis: Redis | null;
  private readonly prefix: string;
  private readonly local = new Map<string, string>();
  private localVersion = 0;
  /** Serialized answers by slot; see readBytes. */
  private readonly bytes = new BytesByKey(LOCAL_BYTES);
  /** The version the held bytes belong to. */
  private bytesVersion = '';
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
    const hit = await this.read(slot);
    if (hit !== null) return JSON.parse(hit) as T;
    const value = await compute();
    await this.write(slot, JSON.stringify(value));
    return value;
  }

  /**
   * The versioned key of an answer, fixed before computing it: an answer computed while a run commits is stored
   * under the version it started from, so it is never served after that run.
   */
  async slot(key: string): Promise<string> {
    return `${this.prefix}:${await this.version()}:${key}`;
  }

  read(slot: string): Promise<string | null> {
    return this.redis ? this.redis.get(slot) : Promise.resolve(this.local.get(slot) ?? null);
  }

  async write(slot: string, text: string): Promise<void> {
    if (this.redis) await this.redis.set(slot, text, 'EX', TTL_SECONDS);
    else this.remember(slot, text);
  }

  /**
   * A whole serialized answer, from this process's memory when it was served here before (its slot names the
   * version, so a retired answer is never found), else from Redis. For large answers (a province's organisations
   * with their results, ~185 kB) fetching and decoding them from Redis on every hit was most of the cost.
   */
  async readBytes(slot: string): Promise<Buffer | null> {
    const local = this.bytes.get(slot);
    if (local) return local;
    const remote = this.redis ? await this.redis.getBuffer(slot) : null;
    if (remote) this.bytes.set(slot, remote);
    return remote;
  }

  async writeBytes(slot: string, bytes: Buffer): Promise<void> {
    this.bytes.set(slot, bytes);
    if (this.redis) await this.redis.set(slot, bytes, 'EX', TTL_SECONDS);
  }

  /** After an analytics run commits: no answer computed before it is served again. */
  async invalidate(): Promise<void> {
    if (this.redis) await this.redis.incr(`${this.prefix}:version`);
    else {
      this.localVersion++;
      this.local.clear();
    }
    this.bytes.clear();
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }

  private async version(): Promise<string> {
    const version = this.redis ? ((await this.redis.get(`${this.prefix}:version`)) ?? '0') : String(this.localVersion);
    // Another process's run retired every answer held here: free their memory now rather than as they age out.
    if (version !== this.bytesVersion) {
      this.bytes.clear();
      this.bytesVersion = version;
    }
    return version;
  }

  private remember(key: string, value: string): void {
    if (this.local.size >= LOCAL_ENTRIES) this.local.delete(this.local.keys().next().value as string);
    this.local.set(key, value);
  }
}
