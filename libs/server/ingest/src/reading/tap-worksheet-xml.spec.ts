import { tapWorksheetXml } from './tap-worksheet-xml';

async function* chunks(buffer: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
}

async function drain(source: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of source) text += chunk;
  return text;
}

describe('tapWorksheetXml', () => {
  const xml =
    '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ตัวชี้วัดการใช้งบประมาณ</t></is></c></row></sheetData>' +
    '<mergeCells count="3"><mergeCell ref="D2:M2"/><x:mergeCell  ref="A2:A3" /><mergeCell ref="N2:N3"/></mergeCells></worksheet>';

  it.each([1, 2, 3, 7, 64])('decodes Thai text and collects every merged range with %i-byte chunks', async (size) => {
    const worksheet = { iterator: chunks(Buffer.from(xml), size) as AsyncIterable<Buffer | string> };
    const refs: string[] = [];
    tapWorksheetXml(worksheet, refs);
    expect(await drain(worksheet.iterator as AsyncIterable<string>)).toBe(xml);
    expect(refs).toEqual(['D2:M2', 'A2:A3', 'N2:N3']);
  });

  it('fails loudly when exceljs no longer exposes the iterator', () => {
    expect(() => tapWorksheetXml({}, [])).toThrow(/exceljs WorksheetReader.iterator is gone/);
  });
});
