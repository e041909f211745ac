import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@ita/server/config';
import { BullMqJobQueue } from './bullmq-job-queue';
import { JobHandlerDiscovery } from './job-handler-discovery';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobQueue } from './job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { QUEUE_MODULE_OPTIONS, QueueModuleOptions } from './queue.tokens';

@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    return {
      module: QueueModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: QUEUE_MODULE_OPTIONS, useValue: options },
        { provide: JobHandlerRegistry, useValue: new JobHandlerRegistry() },
        {
          provide: JobQueue,
          inject: [APP_CONFIG, JobHandlerRegistry],
          useFactory: (config: AppConfig, registry: JobHandlerRegistry): JobQueue =>
            config.redisUrl
              ? new BullMqJobQueue({
                  redisUrl: config.redisUrl,
                  prefix: config.redisPrefix,
                  workerRegistry: options.runWorkers ? registry : undefined,
                  lockMs: config.queueLockMs,
                })
              : new InProcessJobQueue(registry),
        },
        JobHandlerDiscovery,
      ],
      exports: [JobQueue, JobHandlerRegistry, QUEUE_MODULE_OPTIONS],
    };
  }
}
