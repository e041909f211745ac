import DataLoader from 'dataloader';

/** What every GraphQL request context carries: DataLoaders created on first use, one set per request. */
export interface RequestContext {
  loaders?: Map<string, DataLoader<unknown, unknown>>;
  /** Where this request's answer goes in the whole-response cache, when it may be cached (set before it runs). */
  responseCacheSlot?: string;
}

/** The request's DataLoader named `key`, created by `create` the first time it is asked for. */
export function requestLoader<K, V>(context: RequestContext, key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
  context.loaders ??= new Map();
  let loader = context.loaders.get(key);
  if (!loader) {
    loader = create() as DataLoader<unknown, unknown>;
    context.loaders.set(key, loader);
  }
  return loader as DataLoader<K, V>;
}
