import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { acquireDataDirLock, DataDirLock } from './data-dir-lock';

export interface EmbeddedPostgres {
  /** A `pg` connection string for the socket server in front of PGlite. */
  url: string;
  /** Where PGlite keeps its files; `undefined` for an in-memory instance. */
  dataDir: string | undefined;
  /** A gzipped tarball of the data directory (PGlite dumpDataDir), loadable with `loadDataDir`. */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The application's DATA_DIR; PGlite files live in `<dataDir>/pgdata`. Omit for an in-memory database. */
  dataDir?: string;
  /** A tarball made by PGlite's dumpDataDir (a migrated template), to start from instead of running initdb. */
  loadDataDir?: Blob;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) behind pglite-socket, so the application reaches it
 * through the same `pg`/TypeORM code path as a real server. PGlite is single-session: the socket server
 * admits one connection and the pool in front of it must have size 1 (see docs/decisions).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  // Dynamic imports stay native import() in the CommonJS output (.swcrc ignoreDynamic): both packages are ESM.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');

  let lock: DataDirLock | undefined;
  let pgDataDir: string | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    lock = acquireDataDirLock(options.dataDir);
    pgDataDir = join(options.dataDir, 'pgdata');
  }
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    db = await PGlite.create({ dataDir: pgDataDir, loadDataDir: options.loadDataDir });
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  lock?.update({ databaseUrl: url });
  let stopped = false;
  return {
    url,
    dataDir: pgDataDir,
    dumpDataDir: () => db.dumpDataDir('gzip'),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop().catch(() => undefined);
      await db.close();
      lock?.release();
    },
  };
}
