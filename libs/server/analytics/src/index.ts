export * from './analytics-jobs.module';
export * from './analytics.module';
