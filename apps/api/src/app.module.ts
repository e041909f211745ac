import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppErrorFilter } from '@ita/server/common';
import { AppConfig, ConfigModule } from '@ita/server/config';
import { DatabaseModule } from '@ita/server/database';
import { AnalyticsCache, AnalyticsCacheModule, AnalyticsJobsModule, AnalyticsModule } from '@ita/server/analytics';
import { IngestModule } from '@ita/server/ingest';
import { ALL_JOB_NAMES, QueueModule } from '@ita/server/queue';
import { DatabaseStartupService, RegistryModule } from '@ita/server/registry';
import { DemoDataService } from './demo/demo-data.service';
import { CachedResponseMiddleware } from './graphql/cached-response.middleware';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';

export interface ApiModuleOptions {
  config: AppConfig;
  /** Also run the queue workers in this process (`npm start`); without Redis, jobs always run in-process. */
  runWorkers: boolean;
}

/** Wiring only: configuration, database, queue, GraphQL and the capability modules. */
@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CachedResponseMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }

  static forRoot({ config, runWorkers }: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule.forRoot({ runWorkers, requiredJobNames: ALL_JOB_NAMES }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AnalyticsCacheModule],
          inject: [AnalyticsCache],
          useFactory: (cache: AnalyticsCache) => graphqlOptions(cache),
        }),
        RegistryModule,
        IngestModule,
        AnalyticsModule,
        AnalyticsJobsModule,
        AnalyticsCacheModule,
      ],
      controllers: [HealthController],
      providers: [DatabaseStartupService, DemoDataService, { provide: APP_FILTER, useClass: AppErrorFilter }],
    };
  }
}
