import { ORG_TYPE_DEFINITIONS } from '@ita/domain';
import type { ExpectedIssue } from '../expected-issue';
import { cleanFields } from '../files/clean-fields';
import { columnLetter } from '../files/column-letter';
import { FIELD_HEADERS } from '../files/field-headers';
import type { PublishedField } from '../files/published-field';
import type { PublishedRecord } from '../files/published-record';
import { createWorkbook } from '../xlsx/create-workbook';
import { workbookBuffer } from '../xlsx/workbook-buffer';
import { importedOutcome } from './imported-outcome';
import type { RenderedFile, RenderedSheet } from './rendered-file';
import { toolPointsRecords } from './tool-points-records';
import type { VariantContext } from './variant-context';

const HEADER_ROW = 2;
const TEXT_FIELDS: readonly PublishedField[] = ['org_code', 'org_name', 'province', 'district', 'level'];

/**
 * XLSX with one sheet per organisation type (no type column: the sheet says it), a title row, and IIT / EIT / OIT
 * in weighted points under headers that do not say so ("IIT"): the importer must infer the scale from the total
 * and the indicators, once per sheet (TOOL_SCALE_INFERRED at the header row, IIT column).
 */
export async function typePointsWorkbook(context: VariantContext): Promise<RenderedFile> {
  const { fiscalYear } = context;
  const { records, leftOut } = toolPointsRecords(context);
  const fields = cleanFields(context.framework).filter((field) => field !== 'org_type');
  const workbook = createWorkbook();
  const sheets: RenderedSheet[] = [];
  const file = `ita-${fiscalYear}-by-type-points.xlsx`;
  const warnings: ExpectedIssue[] = [];
  for (const definition of ORG_TYPE_DEFINITIONS) {
    const ofType: PublishedRecord[] = records.filter(
      (record) => context.organisations.get(record.org_code as string)?.orgType === definition.type,
    );
    if (ofType.length === 0) continue;
    const sheet = workbook.addWorksheet(definition.nameTh);
    sheet.addRow([`ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${fiscalYear} : ${definition.nameTh}`]);
    sheet.addRow(fields.map((field) => FIELD_HEADERS[field]));
    for (const record of ofType) sheet.addRow(fields.map((field) => record[field] ?? null));
    fields.forEach((field, index) => {
      if (!TEXT_FIELDS.includes(field) && field !== 'fiscal_year') sheet.getColumn(index + 1).numFmt = '0.00';
    });
    sheets.push({ name: definition.nameTh, rows: ofType.length, headerRows: [HEADER_ROW] });
    warnings.push({
      file,
      sheet: definition.nameTh,
      row: HEADER_ROW,
      column: columnLetter(fields.indexOf('iit')),
      code: 'TOOL_SCALE_INFERRED',
    });
  }
  return {
    path: `messy/${file}`,
    content: await workbookBuffer(workbook),
    variant: 'xlsx-by-type-tool-points-unlabelled',
    description:
      'XLSX, one sheet per organisation type, title row 1, header row 2; IIT / EIT / OIT in weighted points with plain headers (scale not stated).',
    fiscalYears: [fiscalYear],
    rows: records.length,
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheets,
    expected: importedOutcome(records.length, null, warnings.length, [
      'One TOOL_SCALE_INFERRED per sheet (points inferred).',
      'Stored IIT / EIT / OIT are points ÷ weight, which can differ from the clean file by up to 0.02.',
      `${leftOut} organisations are left out: their points, converted back, would not reproduce the published total within 0.02 or would change the level.`,
    ]),
    errors: [],
    warnings,
  };
}
