import type { ImportReport } from './import-report';

/** Several files' reports as one document of the same shape: rejected if any file was. */
export function combineReports(reports: ImportReport[]): ImportReport {
  if (reports.length === 1) return reports[0];
  const status = reports.some((r) => r.status === 'REJECTED')
    ? 'REJECTED'
    : reports.every((r) => r.status === 'DRY_RUN_OK')
      ? 'DRY_RUN_OK'
      : 'IMPORTED';
  return {
    status,
    rowsRead: sum(reports, 'rowsRead'),
    rowsImported: sum(reports, 'rowsImported'),
    rowsUnchanged: sum(reports, 'rowsUnchanged'),
    rowsRejected: sum(reports, 'rowsRejected'),
    errors: reports.flatMap((r) => r.errors),
    warnings: reports.flatMap((r) => r.warnings),
    fiscalYears: [...new Set(reports.flatMap((r) => r.fiscalYears ?? []))].sort(),
    rowsSuperseded: reports.reduce((n, r) => n + (r.rowsSuperseded ?? 0), 0),
    files: reports,
  } as ImportReport;
}

function sum(reports: ImportReport[], key: 'rowsRead' | 'rowsImported' | 'rowsUnchanged' | 'rowsRejected'): number {
  return reports.reduce((n, r) => n + r[key], 0);
}
