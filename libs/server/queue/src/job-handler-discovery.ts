import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { BullMqJobQueue } from './bullmq-job-queue';
import type { JobHandler } from './job-handler';
import { JOB_HANDLER_METADATA } from './job-handler-for.decorator';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobQueue } from './job-queue';
import { QUEUE_MODULE_OPTIONS } from './queue.tokens';
import type { QueueModuleOptions } from './queue.tokens';

/** Registers every @JobHandlerFor provider, checks none is missing or doubled, then starts the workers. */
@Injectable()
export class JobHandlerDiscovery implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobHandlerDiscovery');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly registry: JobHandlerRegistry,
    private readonly queue: JobQueue,
    @Inject(QUEUE_MODULE_OPTIONS) private readonly options: QueueModuleOptions,
  ) {}

  /** Every provider exists by now, and no start-up hook (which may enqueue) has run yet. */
  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const jobName = this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, metatype);
      if (jobName) this.registry.register(jobName, instance as JobHandler);
    }
  }

  onApplicationBootstrap(): void {
    if (this.options.runWorkers) this.registry.assertHandles(this.options.requiredJobNames ?? []);
    if (this.queue instanceof BullMqJobQueue) this.queue.startWorkers();
    this.logger.log(
      `Jobs: ${this.queue.transport}${this.options.runWorkers || this.queue.transport === 'in-process' ? ', handling' : ', enqueue only'} [${this.registry.names().join(', ')}]`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
