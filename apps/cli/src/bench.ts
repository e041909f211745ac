import { loadAppConfig } from '@ita/server/config';
import { BENCH_PARTS, type BenchPart, runBenchmarks } from './bench/run-benchmarks';

/**
 * `npm run bench [-- import | analytics]`: benchmarks against the real PostgreSQL (DATABASE_URL, else the machine's
 * 127.0.0.1:5432) and Redis (REDIS_URL, else the in-process queue and cache). Every part when none is named.
 */
async function main(): Promise<void> {
  const named = process.argv.slice(2);
  const unknown = named.filter((part) => !(BENCH_PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`unknown benchmark part ${unknown.join(', ')}: choose from ${BENCH_PARTS.join(', ')}`);
  const parts = named.length > 0 ? (named as BenchPart[]) : [...BENCH_PARTS];
  const config = loadAppConfig();
  const serverUrl = config.databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await runBenchmarks(serverUrl, config.redisUrl, parts);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
