import { loadAppConfig } from '@ita/server/config';
import { runImportBenchmarks } from './bench/run-import-benchmarks';

/** `npm run bench`: benchmarks against the real PostgreSQL (DATABASE_URL, else the machine's 127.0.0.1:5432). */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const serverUrl = config.databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await runImportBenchmarks(serverUrl, config.redisUrl);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
