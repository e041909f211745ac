import type { AssessmentFramework, LevelDefinition } from '@ita/domain';
import { determineLevel } from '@ita/domain';
import { formatCell } from '../files/format-cell';
import type { PublishedField } from '../files/published-field';
import type { PublishedRecord } from '../files/published-record';
import { cleanFields } from '../files/clean-fields';
import { shuffled } from '../random/shuffled';
import type { ExpectedIssue } from '../expected-issue';
import { csvTable } from './csv-table';
import { findingCodes } from './finding-codes';
import type { RenderedFile } from './rendered-file';
import type { VariantContext } from './variant-context';
import { yearRecords } from './year-records';

const ROWS = 200;
const TOTAL_OFFSET = 0.5;

const levelText = (framework: AssessmentFramework, level: LevelDefinition): string =>
  framework.rubric.id === 'RATING_AA_F' ? level.code : level.labelTh;

/** The rubric level furthest from the published one: certainly not a level the result could have. */
function contradictingLevel(framework: AssessmentFramework, record: PublishedRecord): string {
  const tools = { IIT: record.iit as number, EIT: record.eit as number, OIT: record.oit as number };
  const actual = determineLevel(framework, record.total as number, tools);
  if (!actual) throw new Error('A clean record always has a level');
  const levels = framework.rubric.levels;
  return levelText(framework, actual.order <= levels.length / 2 ? levels[levels.length - 1] : levels[0]);
}

/**
 * Clean rows with three rows that import with one warning each: a total 0.5 above the derived one (chosen where
 * the level does not change), a level that contradicts the rubric, a name that differs from the registry's.
 */
export function warningsCsv(context: VariantContext): RenderedFile {
  const { framework, fiscalYear, random } = context;
  const records = yearRecords(context, shuffled(context.results, random).slice(0, ROWS));
  const injected: { index: number; code: string; field: PublishedField }[] = [];
  const pick = (code: string, field: PublishedField, change: (record: PublishedRecord) => PublishedRecord | null): void => {
    const taken = new Set(injected.map((injection) => injection.index));
    const start = random.integer(records.length);
    for (let step = 0; step < records.length; step++) {
      const index = (start + step) % records.length;
      if (taken.has(index)) continue;
      const changed = change(records[index]);
      const expected = code === 'NAME_MISMATCH' ? [] : [code];
      if (!changed || JSON.stringify(findingCodes(framework, changed)) !== JSON.stringify(expected)) continue;
      records[index] = changed;
      injected.push({ index, code, field });
      return;
    }
    throw new Error(`No row can carry ${code} in ${fiscalYear}`);
  };
  pick('TOTAL_MISMATCH', 'total', (record) =>
    (record.total as number) + TOTAL_OFFSET <= 100
      ? { ...record, total: Math.round(((record.total as number) + TOTAL_OFFSET) * 100) / 100 }
      : null,
  );
  pick('LEVEL_MISMATCH', 'level', (record) => ({ ...record, level: contradictingLevel(framework, record) }));
  pick('NAME_MISMATCH', 'org_name', (record) => ({ ...record, org_name: `${record.org_name as string}พัฒนา` }));

  const table = csvTable({ fields: cleanFields(framework), records });
  const file = `ita-${fiscalYear}-warnings.csv`;
  const warnings: ExpectedIssue[] = injected
    .map(({ index, code, field }) => ({
      file,
      sheet: null,
      row: table.rowOf(index),
      column: table.columnOf(field),
      code,
      value: formatCell(field, records[index][field]),
    }))
    .sort((a, b) => a.row - b.row);
  return {
    path: `messy/${file}`,
    content: table.content,
    variant: 'warnings',
    description: 'Clean layout; one row each with TOTAL_MISMATCH (total +0.5), LEVEL_MISMATCH and NAME_MISMATCH.',
    fiscalYears: [fiscalYear],
    rows: records.length,
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    sheets: null,
    expected: {
      status: 'IMPORTED',
      rowsValid: records.length,
      rowsRejected: 0,
      errors: 0,
      warnings: warnings.length,
      sameValuesAs: null,
      notes: ['The published total and level are kept, so those two rows differ from the clean file; every other row equals it.'],
    },
    errors: [],
    warnings,
  };
}
