import type ExcelJS from 'exceljs';
import type { ExpectedIssue } from '../expected-issue';
import { cleanFields } from '../files/clean-fields';
import { FIELD_HEADERS } from '../files/field-headers';
import { formatCell } from '../files/format-cell';
import type { PublishedField } from '../files/published-field';
import type { PublishedRecord } from '../files/published-record';
import { REGION_ORDER } from '../files/region-order';
import { createWorkbook } from '../xlsx/create-workbook';
import { workbookBuffer } from '../xlsx/workbook-buffer';
import { importedOutcome } from './imported-outcome';
import { organisationOf } from './organisation-of';
import type { RenderedFile, RenderedSheet } from './rendered-file';
import type { VariantContext } from './variant-context';
import { yearRecords } from './year-records';

const EXPLANATION_SHEET = 'คำอธิบาย';
const TOOL_FIELDS: readonly PublishedField[] = ['iit', 'eit', 'eit_part1', 'eit_part2', 'oit'];
const TEXT_FIELDS: readonly PublishedField[] = ['org_code', 'org_name', 'org_type', 'province', 'district', 'level'];
// Stored as text in every sheet; the total is text in every other sheet.
const NUMBERS_AS_TEXT: readonly PublishedField[] = ['indicator_6', 'indicator_7', 'indicator_8'];
const FIRST_DATA_ROW = 5;
const HEADERS: Readonly<Record<PublishedField, string>> = { ...FIELD_HEADERS, org_name: 'ชื่อ อปท.' };

const isIndicator = (field: PublishedField): boolean => field.startsWith('indicator_');

function addExplanationSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(EXPLANATION_SHEET);
  [
    'คำอธิบายแฟ้มข้อมูล',
    'แฟ้มนี้เป็นข้อมูลสังเคราะห์สำหรับทดสอบการนำเข้า ไม่ใช่ผลการประเมินจริงของสำนักงาน ป.ป.ช.',
    'แต่ละแผ่นงานแสดงผลการประเมินขององค์กรปกครองส่วนท้องถิ่นในภาคหนึ่ง เรียงตามจังหวัด',
    'คะแนนของตัวชี้วัดและเครื่องมือแต่ละตัวเต็ม 100 คะแนน และคะแนนรวมคิดจาก IIT ร้อยละ 30 EIT ร้อยละ 30 และ OIT ร้อยละ 40',
  ].forEach((line) => sheet.addRow([line]));
  sheet.getColumn(1).width = 100;
}

function addRegionSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  year: number,
  fields: readonly PublishedField[],
  records: readonly PublishedRecord[],
  totalAsText: boolean,
): void {
  const sheet = workbook.addWorksheet(name);
  const width = fields.length;
  sheet.addRow(['ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น (ITA)']);
  sheet.addRow([`ประจำปีงบประมาณ พ.ศ. ${year} ${name}`]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.mergeCells(2, 1, 2, width);

  const top = fields.map((field) => (isIndicator(field) ? 'ตัวชี้วัด' : TOOL_FIELDS.includes(field) ? 'เครื่องมือ' : HEADERS[field]));
  const bottom = fields.map((field) =>
    isIndicator(field) ? field.slice('indicator_'.length) : TOOL_FIELDS.includes(field) ? FIELD_HEADERS[field] : null,
  );
  sheet.addRow(top.map((text, index) => (index > 0 && top[index - 1] === text ? null : text)));
  sheet.addRow(bottom);
  fields.forEach((field, index) => {
    const column = index + 1;
    if (bottom[index] === null) sheet.mergeCells(3, column, 4, column);
    else if (index === 0 || top[index - 1] !== top[index]) {
      let last = index;
      while (last + 1 < width && top[last + 1] === top[index]) last++;
      sheet.mergeCells(3, column, 3, last + 1);
    }
  });

  records.forEach((record, index) => {
    sheet.addRow(
      fields.map((field) => {
        const value = field === 'seq' ? index + 1 : record[field];
        if (value === null || value === undefined) return null;
        const asText = TEXT_FIELDS.includes(field) || NUMBERS_AS_TEXT.includes(field) || (totalAsText && field === 'total');
        return asText ? formatCell(field, value) : value;
      }),
    );
  });
  fields.forEach((field, index) => {
    const column = sheet.getColumn(index + 1);
    if (!TEXT_FIELDS.includes(field) && field !== 'seq' && field !== 'fiscal_year') column.numFmt = '0.00';
    column.width = field === 'org_name' || field === 'district' ? 22 : 10;
  });
  sheet.getColumn(1).hidden = true;
  sheet.addRow([]);
  sheet.addRow([null, 'หมายเหตุ: คะแนนรวม = 0.3 × IIT + 0.3 × EIT + 0.4 × OIT และหน่วยงานที่ได้ 85 คะแนนขึ้นไปถือว่าผ่านเกณฑ์']);
  sheet.addRow([null, 'ที่มา: ข้อมูลสังเคราะห์ของ ITA Insight ในรูปแบบตารางผลการประเมินของสำนักงาน ป.ป.ช.']);
}

/**
 * XLSX, one sheet per region and a คำอธิบาย sheet without a table: two title rows, a two-row header with
 * "ตัวชี้วัด" merged over 1 … 10 and "เครื่องมือ" over the tools, a hidden ลำดับ column, some numbers stored as
 * text, footer rows (หมายเหตุ, ที่มา). Values equal the clean file.
 */
export async function regionWorkbook(context: VariantContext): Promise<RenderedFile> {
  const { fiscalYear } = context;
  const fields: PublishedField[] = ['seq', ...cleanFields(context.framework)];
  const byRegion = new Map<string, PublishedRecord[]>();
  const province = (code: string): string => organisationOf(context, code).provinceCode;
  const ordered = [...context.results].sort((a, b) => province(a.code).localeCompare(province(b.code)) || a.code.localeCompare(b.code));
  yearRecords(context, ordered).forEach((record, index) => {
    const region = organisationOf(context, ordered[index].code).regionTh;
    const list = byRegion.get(region) ?? [];
    list.push(record);
    byRegion.set(region, list);
  });
  const rank = (region: string): number => (REGION_ORDER.includes(region) ? REGION_ORDER.indexOf(region) : REGION_ORDER.length);
  const regions = [...byRegion.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  const workbook = createWorkbook();
  addExplanationSheet(workbook);
  const sheets: RenderedSheet[] = [{ name: EXPLANATION_SHEET, rows: 0, headerRows: [] }];
  regions.forEach((region, index) => {
    const records = byRegion.get(region) ?? [];
    addRegionSheet(workbook, region, fiscalYear, fields, records, index % 2 === 1);
    sheets.push({ name: region, rows: records.length, headerRows: [FIRST_DATA_ROW - 2, FIRST_DATA_ROW - 1] });
  });
  const file = `ita-${fiscalYear}-by-region.xlsx`;
  const warnings: ExpectedIssue[] = [{ file, sheet: EXPLANATION_SHEET, row: null, column: null, code: 'SHEET_SKIPPED' }];
  return {
    path: `messy/${file}`,
    content: await workbookBuffer(workbook),
    variant: 'xlsx-by-region',
    description:
      'XLSX: คำอธิบาย sheet (no table) + one sheet per region; 2 title rows, 2-row merged header (ตัวชี้วัด / เครื่องมือ), hidden ลำดับ column A, indicators 6–8 (and the total on every other sheet) stored as text, footer rows.',
    fiscalYears: [fiscalYear],
    rows: context.results.length,
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheets,
    expected: importedOutcome(context.results.length, context.cleanFile, warnings.length, ['SHEET_SKIPPED for the คำอธิบาย sheet.']),
    errors: [],
    warnings,
  };
}
