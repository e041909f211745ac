/** What raceStall gives: the work's value, or STALLED when it made no progress for too long. */
export type StallRace<T> = { status: 'DONE'; value: T } | { status: 'STALLED' };

/**
 * Waits for `work`, unless it stops making progress: when `lastProgress()` (a Date.now() timestamp) is older
 * than `idleMs`, gives STALLED instead. For libraries that can wait forever on damaged input (exceljs's
 * streaming reader never settles when a worksheet's zip data is corrupt). A rejection of `work` is passed on.
 * The timer keeps the process alive on purpose: a stalled read must end as an error, not as a silent exit.
 */
export function raceStall<T>(work: Promise<T>, idleMs: number, lastProgress: () => number): Promise<StallRace<T>> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(
      () => {
        if (Date.now() - lastProgress() <= idleMs) return;
        clearInterval(timer);
        resolve({ status: 'STALLED' });
      },
      Math.max(10, Math.min(1000, idleMs / 4)),
    );
    work.then(
      (value) => {
        clearInterval(timer);
        resolve({ status: 'DONE', value });
      },
      (error: unknown) => {
        clearInterval(timer);
        reject(error);
      },
    );
  });
}
