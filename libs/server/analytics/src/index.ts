export * from './analytics-jobs.module';
