import { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyticsJobId, ImportSubmissionService } from '@ita/server/ingest';
import type { ImportOptions, ImportReport } from '@ita/server/ingest';
import { JobQueue } from '@ita/server/queue';

/** Submits the file to this process's own application and waits for the import job and its analytics job. */
export async function importInProcess(
  app: INestApplicationContext,
  path: string,
  options: ImportOptions,
  onProgress: (line: string) => void,
): Promise<ImportReport> {
  const queue = app.get(JobQueue);
  const { importId } = await app.get(ImportSubmissionService).submit({ fileName: basename(path), content: readFileSync(path) }, options);
  const ticker = setInterval(() => {
    void queue.getJob(importId).then((job) => {
      const progress = job?.progress as { phase?: string; percent?: number } | undefined;
      if (progress?.phase) onProgress(`${basename(path)}: ${progress.phase} ${progress.percent ?? 0}%`);
    });
  }, 500);
  try {
    const state = await queue.waitUntilFinished(importId, 30 * 60_000);
    if (state.status === 'failed') throw new Error(`The import of ${path} failed: ${state.failedReason}`);
    const report = state.result as ImportReport;
    if (report.status === 'IMPORTED' && report.rowsImported > 0 && (await queue.getJob(analyticsJobId(importId)))) {
      onProgress(`${basename(path)}: analytics`);
      await queue.waitUntilFinished(analyticsJobId(importId), 30 * 60_000);
    }
    return report;
  } finally {
    clearInterval(ticker);
  }
}
