import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Express } from 'express';
import { AppConfig } from '@ita/server/config';
import { AppModule } from './app.module';
import { serveWebApp } from './web/serve-web-app';

const logLevels: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The API application, initialised (database migrated and seeded) but not yet listening. */
export async function createApiApp(config: AppConfig, options: { runWorkers: boolean }): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot({ config, runWorkers: options.runWorkers }), {
    logger: logLevels.slice(0, logLevels.indexOf(config.logLevel) + 1),
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  serveWebApp(app.getHttpAdapter().getInstance() as Express, config.webDir);
  await app.init();
  return app;
}
