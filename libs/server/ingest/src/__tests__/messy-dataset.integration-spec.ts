import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateDataset } from '@ita/server/synthetic-data';
import type { ExpectedIssue, GeneratedDataset, Manifest } from '@ita/server/synthetic-data';
import type { ImportIssue } from '../report/import-issue';
import { IngestTestApp, startIngestTestApp } from './ingest-test-app';

const key = (i: Pick<ImportIssue, 'file' | 'sheet' | 'row' | 'column'> & { code: string }) =>
  `${i.file}|${i.sheet ?? ''}|${i.row ?? ''}|${i.column ?? ''}|${i.code}`;

/** The acceptance test of the importer: every file `npm run generate -- --messy` writes, against its manifest. */
describe('the synthetic national dataset, clean and messy', () => {
  let t: IngestTestApp;
  let dir: string;
  let dataset: GeneratedDataset;
  let manifest: Manifest;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ita-messy-'));
    [t, dataset] = await Promise.all([startIngestTestApp(), generateDataset({ outDir: dir, seed: 1, messy: true })]);
    manifest = JSON.parse(readFileSync(dataset.manifestPath, 'utf8'));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const filesOf = (clean: boolean) => manifest.files.filter((f) => f.path.startsWith('messy/') !== clean);
  const expectedFor = (list: readonly ExpectedIssue[], file: string) =>
    list
      .filter((i) => i.file === file)
      .map(key)
      .sort();

  it('imports every clean year whole with no warning', async () => {
    for (const file of filesOf(true)) {
      const report = await t.importFile(basename(file.path), readFileSync(join(dir, file.path)));
      expect({
        file: file.path,
        status: report.status,
        rowsImported: report.rowsImported,
        errors: report.errors,
        warnings: report.warnings,
      }).toEqual({
        file: file.path,
        status: 'IMPORTED',
        rowsImported: file.rows,
        errors: [],
        warnings: [],
      });
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM results`);
    expect(n).toBe(filesOf(true).reduce((sum, f) => sum + f.rows, 0));
  }, 600_000);

  it('reads every messy variant as its manifest says, with each issue at its file, sheet, row and column', async () => {
    for (const file of filesOf(false)) {
      const name = basename(file.path);
      // Variants with the clean file's values are imported for real (they must change nothing); the others are
      // dry runs, so that no variant changes what the next one is compared with.
      const dryRun = file.expected.sameValuesAs === null;
      const report = await t.importFile(name, readFileSync(join(dir, file.path)), { dryRun });
      expect({ file: name, status: report.status }).toEqual({
        file: name,
        status: file.expected.status === 'IMPORTED' && dryRun ? 'DRY_RUN_OK' : file.expected.status,
      });
      expect({ file: name, errors: report.errors.map(key).sort() }).toEqual({
        file: name,
        errors: expectedFor(manifest.expectedErrors, name),
      });
      expect({ file: name, warnings: report.warnings.map(key).sort() }).toEqual({
        file: name,
        warnings: expectedFor(manifest.expectedWarnings, name),
      });
      expect({ file: name, rejected: report.rowsRejected }).toEqual({ file: name, rejected: file.expected.rowsRejected });
      // A variant with the clean file's values changes nothing; the others are checked by their issues above.
      const sameValues = file.expected.sameValuesAs !== null && file.expected.status === 'IMPORTED';
      expect({ file: name, imported: report.rowsImported, unchanged: report.rowsUnchanged }).toEqual({
        file: name,
        imported: sameValues ? 0 : report.rowsImported,
        unchanged: sameValues ? file.rows : report.rowsUnchanged,
      });
      // With acceptValid, a rejected file's valid rows would be imported: as many as the manifest says.
      const accepted =
        file.expected.status === 'REJECTED'
          ? await t.importFile(name, readFileSync(join(dir, file.path)), { dryRun: true, acceptValid: true })
          : null;
      expect({ file: name, valid: accepted ? accepted.rowsImported + accepted.rowsUnchanged : file.expected.rowsValid }).toEqual({
        file: name,
        valid: file.expected.rowsValid,
      });
    }
  }, 900_000);
});
