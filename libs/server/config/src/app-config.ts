import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REDIS_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REDIS_PREFIX: z.string().min(1).default('ita'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./.data'),
  JWT_SECRET: z.string().min(16, 'JWT_SECRET must be at least 16 characters').optional(),
  DEMO: booleanFlag.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(50 * 1024 * 1024),
  ANALYTICS_CACHE: booleanFlag.optional(),
  QUEUE_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  IMPORT_TOKEN: z.string().min(16, 'IMPORT_TOKEN must be at least 16 characters').optional(),
  WEB_DIR: z.string().min(1).default('./dist/web'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  /** Unset: the embedded PostgreSQL (PGlite) under dataDir is used. */
  databaseUrl: string | undefined;
  /** Unset: jobs run in-process through the same handlers. */
  redisUrl: string | undefined;
  redisPrefix: string;
  port: number;
  dataDir: string;
  jwtSecret: string | undefined;
  /** Seed demo users and demo data when the database is empty. */
  demo: boolean;
  databasePoolSize: number;
  importMaxBytes: number;
  /** Read-through cache of analytics answers (off: every query goes to the database, e.g. to measure cold latency). */
  analyticsCache: boolean;
  /** BullMQ lock duration and stalled-job check interval: how soon a killed worker's job is retried. */
  queueLockMs: number;
  /** Bearer token for POST /api/imports until sign-in exists; unset: generated at start and written to DATA_DIR/instance.json. */
  importToken: string | undefined;
  /** The built web app served at `/`. */
  webDir: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
}

export class ConfigError extends Error {}

/** Parses and validates the environment once; `process.env` is read nowhere else. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ConfigError(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    port: e.PORT,
    dataDir: isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(process.cwd(), e.DATA_DIR),
    jwtSecret: e.JWT_SECRET,
    demo: e.DEMO ?? false,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    importMaxBytes: e.IMPORT_MAX_BYTES,
    queueLockMs: e.QUEUE_LOCK_MS,
    analyticsCache: e.ANALYTICS_CACHE ?? true,
    importToken: e.IMPORT_TOKEN,
    webDir: isAbsolute(e.WEB_DIR) ? e.WEB_DIR : resolve(process.cwd(), e.WEB_DIR),
    logLevel: e.LOG_LEVEL,
  };
}
