import { join } from 'node:path';

/** libs/server/registry/data, from src and from dist/server alike (build-node.mjs copies the CSV files alongside). */
export const REGISTRY_DATA_DIR = join(__dirname, '..', '..', '..', 'registry', 'data');
