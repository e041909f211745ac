import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, loadAppConfig } from './app-config';
import { APP_CONFIG } from './app-config.token';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadAppConfig()): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}
