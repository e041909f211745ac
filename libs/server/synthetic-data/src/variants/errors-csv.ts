import { cleanFields } from '../files/clean-fields';
import { formatCell } from '../files/format-cell';
import type { PublishedField } from '../files/published-field';
import type { PublishedRecord } from '../files/published-record';
import { scoreIndicators } from '../model/score-indicators';
import { shuffled } from '../random/shuffled';
import { namesSharedInProvinceAndType } from '../registry/names-shared-in-province-and-type';
import type { ExpectedIssue } from '../expected-issue';
import { csvTable } from './csv-table';
import type { RenderedFile } from './rendered-file';
import { organisationOf } from './organisation-of';
import { unknownOrganisationCode } from './unknown-organisation-code';
import type { VariantContext } from './variant-context';
import { yearRecords } from './year-records';

const VALID_ROWS = 192;
const TOO_EARLY_YEAR = 2558;

interface Injection {
  readonly record: PublishedRecord;
  readonly code: string;
  readonly field: PublishedField;
}

/**
 * A file with one injected error per bad row (docs/import-format.md §3), among rows equal to the clean file.
 * Every injected row is a different organisation that appears nowhere else in the file, except the duplicate.
 */
export function errorsCsv(context: VariantContext): RenderedFile {
  const { random, framework, fiscalYear } = context;
  const ambiguous = shuffled(namesSharedInProvinceAndType(context.registry), random)[0];
  const ambiguousCodes = new Set(ambiguous.map((organisation) => organisation.code));
  const pool = shuffled(context.results, random).filter((result) => !ambiguousCodes.has(result.code));
  const base = yearRecords(context, pool.slice(0, Math.min(VALID_ROWS, pool.length - 7)));
  const [notFound, nameOnly, notANumber, outOfRange, noScores, noYear, tooEarly] = yearRecords(
    context,
    pool.slice(base.length, base.length + 7),
  );

  const injections: Injection[] = [
    {
      record: {
        ...notFound,
        org_code: unknownOrganisationCode(context.registry, organisationOf(context, notFound.org_code).provinceCode),
        org_name: 'บ้านทดสอบ',
        org_type: 'อบต.',
        district: null,
      },
      code: 'ORG_NOT_FOUND',
      field: 'org_code',
    },
    {
      record: {
        ...nameOnly,
        org_code: null,
        org_name: ambiguous[0].nameTh,
        org_type: ambiguous[0].typeTh,
        province: ambiguous[0].provinceNameTh,
        district: null,
      },
      code: 'ORG_AMBIGUOUS',
      field: 'org_name',
    },
    { record: { ...notANumber, indicator_2: '9o.5' }, code: 'SCORE_NOT_A_NUMBER', field: 'indicator_2' },
    { record: { ...outOfRange, indicator_4: '105.2' }, code: 'SCORE_OUT_OF_RANGE', field: 'indicator_4' },
    {
      record: {
        ...noScores,
        indicator_10: null,
        iit: null,
        eit: null,
        eit_part1: null,
        eit_part2: null,
        oit: null,
        total: null,
        level: null,
      },
      code: 'SCORES_MISSING',
      field: 'total',
    },
    { record: { ...noYear, fiscal_year: null }, code: 'FISCAL_YEAR_MISSING', field: 'fiscal_year' },
    { record: { ...tooEarly, fiscal_year: TOO_EARLY_YEAR }, code: 'FISCAL_YEAR_TOO_EARLY', field: 'fiscal_year' },
  ];
  const records = [...base];
  for (const injection of injections) records.splice(random.integer(records.length + 1), 0, injection.record);

  // The duplicate: the same organisation later in the file, with indicator 9 changed and tools, total and level rescored.
  const firstIndex = records.indexOf(base[random.integer(base.length)]);
  const first = records[firstIndex];
  const original = context.results.find((result) => result.code === first.org_code);
  if (!original) throw new Error(`No result for ${String(first.org_code)}`);
  const changed = [...original.indicators];
  changed[8] = changed[8] >= 97 ? changed[8] - 3 : changed[8] + 3;
  const rescored = scoreIndicators(framework, original.code, changed, original.eitParts);
  const duplicate: Injection = {
    record: yearRecords(context, [rescored])[0],
    code: 'DUPLICATE_CONFLICT',
    field: 'org_code',
  };
  records.splice(firstIndex + 1 + random.integer(records.length - firstIndex), 0, duplicate.record);
  injections.push(duplicate);

  const fields = cleanFields(framework);
  const table = csvTable({ fields, records });
  const file = `ita-${fiscalYear}-errors.csv`;
  const errors: ExpectedIssue[] = injections
    .map((injection) => ({
      file,
      sheet: null,
      row: table.rowOf(records.indexOf(injection.record)),
      column: table.columnOf(injection.field),
      code: injection.code,
      value: formatCell(injection.field, injection.record[injection.field]),
    }))
    .sort((a, b) => a.row - b.row);
  return {
    path: `messy/${file}`,
    content: table.content,
    variant: 'errors',
    description: `Clean layout; ${injections.length} rows each carry one error: ${injections.map((injection) => injection.code).join(', ')} (one row says ${TOO_EARLY_YEAR}).`,
    fiscalYears: [fiscalYear],
    rows: records.length,
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    sheets: null,
    expected: {
      status: 'REJECTED',
      rowsValid: records.length - injections.length,
      rowsRejected: injections.length,
      errors: injections.length,
      warnings: 0,
      sameValuesAs: context.cleanFile,
      notes: [
        'Rejected as a whole by default. With --accept-valid the other rows import and equal the clean file (the first occurrence of the duplicated organisation is one of them).',
        `ORG_AMBIGUOUS: "${ambiguous[0].nameTh}" names ${ambiguous.length} organisations of type ${ambiguous[0].typeTh} in ${ambiguous[0].provinceNameTh} (${ambiguous.map((organisation) => organisation.code).join(', ')}); the row has no code and no district.`,
      ],
    },
    errors,
    warnings: [],
  };
}
