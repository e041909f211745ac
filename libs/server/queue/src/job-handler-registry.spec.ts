import { JobHandlerRegistry } from './job-handler-registry';

describe('JobHandlerRegistry', () => {
  const handler = { handle: async () => undefined };

  it('refuses two handlers for one job name', () => {
    const registry = new JobHandlerRegistry();
    registry.register('ingest.import-file', handler);
    expect(() => registry.register('ingest.import-file', handler)).toThrow('Two handlers for job "ingest.import-file"');
  });

  it('names every required job that has no handler', () => {
    const registry = new JobHandlerRegistry();
    registry.register('ingest.import-file', handler);
    expect(() => registry.assertHandles(['ingest.import-file', 'analytics.recompute', 'reports.render'])).toThrow(
      'No handler for job(s): analytics.recompute, reports.render',
    );
    expect(() => registry.assertHandles(['ingest.import-file'])).not.toThrow();
  });
});
