import type ExcelJS from 'exceljs';
import { normaliseZipTimestamps } from './normalise-zip-timestamps';

/** The XLSX bytes, identical for identical content. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const written = await workbook.xlsx.writeBuffer();
  return normaliseZipTimestamps(Buffer.from(written as ArrayBuffer));
}
