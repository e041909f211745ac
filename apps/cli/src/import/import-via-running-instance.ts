import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DataDirOwner } from '@ita/server/database';
import type { ImportOptions, ImportReport } from '@ita/server/ingest';

const FINAL = ['IMPORTED', 'REJECTED', 'DRY_RUN_OK', 'FAILED'];

/**
 * The embedded database admits one process: when `npm start` holds DATA_DIR, the file goes to that
 * instance over HTTP (POST /api/imports) and this process polls until the import and its analytics are done.
 */
export async function importViaRunningInstance(
  owner: DataDirOwner,
  path: string,
  options: ImportOptions,
  onProgress: (line: string) => void,
): Promise<ImportReport> {
  const base = owner.httpUrl as string;
  const headers = { authorization: `Bearer ${owner.importToken ?? ''}` };
  const query = new URLSearchParams({ dryRun: String(options.dryRun), acceptValid: String(options.acceptValid) });
  if (options.year !== null) query.set('year', String(options.year));
  const form = new FormData();
  form.append('file', new Blob([readFileSync(path)]), basename(path));
  const response = await fetch(`${base}/api/imports?${query}`, { method: 'POST', headers, body: form });
  if (response.status !== 202) throw new Error(`${base} refused the upload: ${response.status} ${await response.text()}`);
  const { jobId } = (await response.json()) as { jobId: string };
  const analyticsDeadline = Date.now() + 10 * 60_000;
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const status = (await (await fetch(`${base}/api/imports/${jobId}`, { headers })).json()) as {
      status: string;
      progress: number;
      phase: string | null;
      report: ImportReport | null;
      analyticsStatus: string | null;
    };
    if (!FINAL.includes(status.status)) {
      onProgress(`${basename(path)}: ${status.phase ?? status.status} ${Math.round(status.progress)}%`);
      continue;
    }
    if (status.status === 'FAILED' || !status.report) throw new Error(`The import of ${path} failed; see the server log`);
    const analyticsPending =
      status.status === 'IMPORTED' && status.report.rowsImported > 0 && !['completed', 'failed'].includes(status.analyticsStatus ?? '');
    if (!analyticsPending || Date.now() > analyticsDeadline) return status.report;
    onProgress(`${basename(path)}: analytics ${status.analyticsStatus ?? 'queued'}`);
  }
}
