export * from './app-config';
export * from './app-config.token';
export * from './config.module';
