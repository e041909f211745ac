import { Logger } from '@nestjs/common';
import { loadAppConfig } from '@ita/server/config';
import { acquireDataDirLock } from '@ita/server/database';
import { IMPORT_TOKEN } from '@ita/server/ingest';
import { createApiApp } from './create-api-app';

/**
 * The API. `--with-worker` also runs the queue workers in this process (what `npm start` does, so that a
 * newcomer has one process); without it, and with REDIS_URL set, jobs are only enqueued for apps/worker.
 */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const runWorkers = process.argv.includes('--with-worker');
  const logger = new Logger('Main');
  if (!config.jwtSecret) logger.warn('JWT_SECRET is not set: using a generated development key (tokens do not survive a restart)');
  const app = await createApiApp(config, { runWorkers });
  await app.listen(config.port);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  // A second process (npm run import) hands its files to this one: the embedded database admits one process.
  if (!config.databaseUrl) acquireDataDirLock(config.dataDir).update({ httpUrl: url, importToken: app.get<string>(IMPORT_TOKEN) });
  logger.log(`ITA Insight listening on ${url} (GraphQL ${url}/graphql, health ${url}/health)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
