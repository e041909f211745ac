export * from './database-url';
export * from './test-app-config';
export * from './test-database';
export * from './test-redis';
export * from './test-template';
