import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DataDirOwner {
  pid: number;
  startedAt: string;
  databaseUrl?: string;
  /** Set by the API once it listens, so a second process can hand work to it over HTTP. */
  httpUrl?: string;
  /** Bearer token for its POST /api/imports (the file is readable only by this machine's users). */
  importToken?: string;
}

export interface DataDirLock {
  update(fields: Partial<DataDirOwner>): void;
  release(): void;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: DataDirOwner,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${owner.pid}` +
        (owner.httpUrl ? ` (serving ${owner.httpUrl})` : '') +
        '. PGlite admits one process; stop it, or hand the work to it.',
    );
  }
}

const lockFileName = 'instance.json';

export function dataDirOwnerFile(dataDir: string): string {
  return join(dataDir, lockFileName);
}

/** The live process that holds DATA_DIR, if any (a stale lock of a dead process is ignored). */
export function readDataDirOwner(dataDir: string): DataDirOwner | undefined {
  let owner: DataDirOwner;
  try {
    owner = JSON.parse(readFileSync(dataDirOwnerFile(dataDir), 'utf8')) as DataDirOwner;
  } catch {
    return undefined;
  }
  return isAlive(owner.pid) ? owner : undefined;
}

/** One process at a time may open the PGlite files: two would corrupt them. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const existing = readDataDirOwner(dataDir);
  if (existing && existing.pid !== process.pid) throw new DataDirInUseError(dataDir, existing);
  const file = dataDirOwnerFile(dataDir);
  let owner: DataDirOwner = existing ?? { pid: process.pid, startedAt: new Date().toISOString() };
  writeFileSync(file, JSON.stringify(owner, null, 2), { mode: 0o600 });
  return {
    update(fields) {
      owner = { ...owner, ...fields };
      writeFileSync(file, JSON.stringify(owner, null, 2), { mode: 0o600 });
    },
    release() {
      if (readDataDirOwner(dataDir)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
