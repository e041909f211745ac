import ExcelJS from 'exceljs';

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

/** A workbook whose document properties do not depend on when it was made. */
export function createWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ITA Insight synthetic data';
  workbook.lastModifiedBy = 'ITA Insight synthetic data';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}
