export const QUEUE_MODULE_OPTIONS = Symbol('QUEUE_MODULE_OPTIONS');

export interface QueueModuleOptions {
  /** Run BullMQ workers in this process (the worker app, and the all-in-one `npm start`). */
  runWorkers: boolean;
  /** Job names that must have a handler when workers run; starting refuses otherwise. */
  requiredJobNames?: readonly string[];
}
