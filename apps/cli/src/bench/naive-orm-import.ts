import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportEntity, ResultEntity } from '@ita/server/database';
import { readResultFile, RegistryIndex, validateFile } from '@ita/server/ingest';
import { DataSource } from 'typeorm';

/**
 * The baseline the import is measured against: the same file read and checked the same way, then every row
 * saved one at a time with TypeORM's repository.save.
 */
export async function naiveOrmImport(dataSource: DataSource, file: string): Promise<number> {
  const read = await readResultFile({ fileName: basename(file), content: readFileSync(file) }, { maxBytes: 1 << 30 });
  const checked = validateFile(read, await RegistryIndex.load(dataSource), null);
  const record = await dataSource.getRepository(ImportEntity).save({
    fileName: basename(file),
    fileSha256: '0'.repeat(64),
    fileSize: 0,
    status: 'IMPORTED',
    options: {},
    fiscalYears: [],
    rowsRead: 0,
    rowsImported: 0,
    rowsUnchanged: 0,
    rowsRejected: 0,
    report: null,
    rejectedRows: [],
    requestedBy: 'bench',
    createdAt: new Date(),
    startedAt: null,
    finishedAt: null,
  });
  const results = dataSource.getRepository(ResultEntity);
  for (const row of checked.results) {
    await results.save({
      organisationCode: row.organisationCode,
      fiscalYear: row.fiscalYear,
      provinceCode: row.provinceCode,
      ...row.values,
      importId: record.id,
      sourceFile: row.source.file,
      sourceSheet: row.source.sheet,
      sourceRow: row.source.row,
      indicatorScores: row.indicators.map(([, score]) => score),
      updatedAt: new Date(),
    });
  }
  return checked.results.length;
}
