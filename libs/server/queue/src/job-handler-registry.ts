import type { JobHandler } from './job-handler';

/** Job name → handler. Refuses two handlers for one name, and a known job name without a handler. */
export class JobHandlerRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  register(name: string, handler: JobHandler): void {
    if (this.handlers.has(name)) throw new Error(`Two handlers for job "${name}"`);
    this.handlers.set(name, handler);
  }

  get(name: string): JobHandler {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler for job "${name}"`);
    return handler;
  }

  names(): string[] {
    return [...this.handlers.keys()];
  }

  assertHandles(jobNames: readonly string[]): void {
    const missing = jobNames.filter((name) => !this.handlers.has(name));
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  }
}
