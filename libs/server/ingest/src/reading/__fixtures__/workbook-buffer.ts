import { Workbook } from 'exceljs';

/** One worksheet of a test workbook. `rows[i]` is row i + 1 (an empty array leaves the row blank). */
export interface SheetFixture {
  name: string;
  rows: unknown[][];
  /** e.g. ['D2:M2'] */
  merges?: string[];
  /** 1-based column numbers to hide. */
  hiddenColumns?: number[];
  /** Number formats by cell address, e.g. { F4: '0.00%' }. */
  numFmts?: Record<string, string>;
  state?: 'visible' | 'hidden';
}

/** An .xlsx file built with exceljs's writer, as the tests' input. */
export async function workbookBuffer(sheets: readonly SheetFixture[]): Promise<Buffer> {
  const workbook = new Workbook();
  for (const fixture of sheets) {
    const worksheet = workbook.addWorksheet(fixture.name, { state: fixture.state ?? 'visible' });
    fixture.rows.forEach((values, i) => {
      if (values.length > 0) worksheet.getRow(i + 1).values = values as never;
    });
    for (const range of fixture.merges ?? []) worksheet.mergeCells(range);
    for (const column of fixture.hiddenColumns ?? []) worksheet.getColumn(column).hidden = true;
    for (const [address, numFmt] of Object.entries(fixture.numFmts ?? {})) worksheet.getCell(address).numFmt = numFmt;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
