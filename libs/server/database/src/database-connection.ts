import { startEmbeddedPostgres } from './embedded/start-embedded-postgres';

export interface DatabaseConnection {
  url: string;
  /** True when the database is the embedded PGlite: single session, pool size 1, no COPY. */
  embedded: boolean;
  poolSize: number;
  close(): Promise<void>;
}

export interface DatabaseConnectionOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  databasePoolSize: number;
}

/** The real PostgreSQL named by DATABASE_URL, or, when it is unset, the embedded one under DATA_DIR. */
export async function openDatabaseConnection(options: DatabaseConnectionOptions): Promise<DatabaseConnection> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, poolSize: options.databasePoolSize, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir });
  return { url: embedded.url, embedded: true, poolSize: 1, close: () => embedded.stop() };
}
