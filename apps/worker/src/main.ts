import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadAppConfig } from '@ita/server/config';
import { WorkerModule } from './worker.module';

/**
 * The production worker: BullMQ workers for every queue, no HTTP. It needs REDIS_URL (without Redis, jobs run
 * inside the API process) and a DATABASE_URL the API has migrated.
 */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const logger = new Logger('Worker');
  if (!config.redisUrl) throw new Error('The worker needs REDIS_URL; without Redis the API runs jobs in-process.');
  if (!config.databaseUrl) throw new Error('The worker needs DATABASE_URL; the embedded database admits one process (the API).');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config));
  app.enableShutdownHooks();
  await app.init();
  logger.log('Worker started');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
