import type { ImportReport } from '@ita/server/ingest';

/** A human summary of one file's import, with the first issues. */
export function printSummary(file: string, report: ImportReport, out: (line: string) => void): void {
  out(
    `${file}: ${report.status} — read ${report.rowsRead}, imported ${report.rowsImported}, unchanged ${report.rowsUnchanged}, ` +
      `rejected ${report.rowsRejected}; ${report.errors.length} error(s), ${report.warnings.length} warning(s)` +
      (report.fiscalYears?.length ? `; fiscal years ${report.fiscalYears.join(', ')}` : ''),
  );
  const show = (kind: string, issues: ImportReport['errors']) => {
    for (const issue of issues.slice(0, 20)) {
      const where = [issue.sheet && `sheet ${issue.sheet}`, issue.row && `row ${issue.row}`, issue.column && `column ${issue.column}`]
        .filter(Boolean)
        .join(', ');
      out(`  ${kind} ${issue.code}${where ? ` (${where})` : ''}: ${issue.message}`);
    }
    if (issues.length > 20) out(`  … and ${issues.length - 20} more (use --json for all)`);
  };
  show('ERROR', report.errors);
  show('WARNING', report.warnings);
}
