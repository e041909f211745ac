export * from './analytics-jobs.module';
export * from './analytics.module';
export * from './cache/analytics-cache';
export * from './cache/analytics-cache.module';
export * from './services/analytics-recompute.service';
