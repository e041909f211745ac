import type { DataSource } from 'typeorm';

const known = new WeakMap<DataSource, Promise<boolean>>();

/**
 * Whether the server takes COPY FROM STDIN: the real PostgreSQL does, the embedded PGlite breaks on it. Asked of
 * the server once per data source, because a PGlite served over its socket has a URL like any other server's.
 */
export function canCopy(dataSource: DataSource): Promise<boolean> {
  let answer = known.get(dataSource);
  if (!answer) {
    answer = dataSource
      .query(`SELECT version() NOT LIKE '%PGlite%' AS copy`)
      .then((rows: { copy: boolean }[]) => rows[0].copy)
      .catch((error) => {
        known.delete(dataSource);
        throw error;
      });
    known.set(dataSource, answer);
  }
  return answer;
}
