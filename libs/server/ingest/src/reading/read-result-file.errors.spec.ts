import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workbookBuffer } from './__fixtures__/workbook-buffer';
import { openFileSource } from './file-source';
import { readResultFile } from './read-result-file';
import { readXlsx } from './read-xlsx';

const MAX = 1024 * 1024;
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const fileLevel = { sheet: null, row: null, column: null };

describe('readResultFile: files it cannot read', () => {
  it('refuses a file over maxBytes before reading it, in memory or on disk', async () => {
    const content = Buffer.alloc(2048, 0x41);
    const inMemory = await readResultFile({ fileName: 'big.csv', content }, { maxBytes: 1024 });
    expect(inMemory).toEqual({
      sheets: [],
      details: {},
      issues: [
        {
          file: 'big.csv',
          ...fileLevel,
          code: 'FILE_TOO_LARGE',
          message: expect.stringMatching(/^ไฟล์ "big\.csv" มีขนาด .* \/ File "big\.csv" is 0\.0 MB, over the 0\.0 MB limit/),
        },
      ],
    });
    const dir = await mkdtemp(join(tmpdir(), 'ita-read-'));
    try {
      const path = join(dir, 'big.xlsx');
      await writeFile(path, content);
      const onDisk = await readResultFile({ fileName: 'big.xlsx', path }, { maxBytes: 1024 });
      expect(onDisk.issues.map((i) => i.code)).toEqual(['FILE_TOO_LARGE']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses .xls and other extensions, saying to save as .xlsx or .csv', async () => {
    const xls = await readResultFile({ fileName: 'ผล ITA 2566.xls', content: OLE }, { maxBytes: MAX });
    expect(xls.issues).toEqual([{ file: 'ผล ITA 2566.xls', ...fileLevel, code: 'FILE_FORMAT_UNSUPPORTED', message: expect.any(String) }]);
    expect(xls.issues[0].message).toContain('.xls');
    expect(xls.issues[0].message).toContain('Excel Workbook (.xlsx) or CSV UTF-8 (.csv)');
    expect(xls.issues[0].message).toContain('บันทึกเป็น');
    const pdf = await readResultFile({ fileName: 'report.PDF', content: Buffer.from('%PDF-1.4') }, { maxBytes: MAX });
    expect(pdf.issues.map((i) => i.code)).toEqual(['FILE_FORMAT_UNSUPPORTED']);
    expect(pdf.issues[0].message).toContain('.pdf');
  });

  it('refuses an old .xls renamed to .xlsx or .csv as unsupported', async () => {
    for (const fileName of ['renamed.xlsx', 'renamed.csv']) {
      const outcome = await readResultFile({ fileName, content: OLE }, { maxBytes: MAX });
      expect(outcome.issues.map((i) => i.code)).toEqual(['FILE_FORMAT_UNSUPPORTED']);
      expect(outcome.issues[0].message).toContain('old-style Excel file (.xls)');
    }
  });

  it('reports a corrupt, truncated, empty or non-zip .xlsx as FILE_UNREADABLE', async () => {
    const good = await workbookBuffer([
      {
        name: 'ITA',
        rows: [
          ['รหัส', 'ชื่อ', 'คะแนน'],
          ['6401010', 'อบต.ก', 90],
        ],
      },
    ]);
    const corrupt = Buffer.concat([good.subarray(0, 200), Buffer.alloc(400, 7), good.subarray(600)]);
    const truncated = good.subarray(0, Math.floor(good.length / 3));
    const inputs = { corrupt, truncated, empty: Buffer.alloc(0), text: Buffer.from('รหัส,ชื่อ,คะแนน\n') };
    for (const [name, content] of Object.entries(inputs)) {
      const outcome = await readResultFile({ fileName: `${name}.xlsx`, content }, { maxBytes: MAX });
      expect({ name, sheets: outcome.sheets, codes: outcome.issues.map((i) => i.code) }).toEqual({
        name,
        sheets: [],
        codes: ['FILE_UNREADABLE'],
      });
      expect(outcome.issues[0]).toMatchObject({ file: `${name}.xlsx`, ...fileLevel });
      expect(outcome.issues[0].message).toContain(`"${name}.xlsx"`);
    }
  });

  it('gives up on a workbook whose damaged worksheet data makes exceljs wait forever', async () => {
    const content = await workbookBuffer([
      { name: 'ITA', rows: [['รหัส', 'ชื่อ', 'คะแนน'], ...Array.from({ length: 300 }, (_, i) => [String(6000000 + i), `อบต.${i}`, 90])] },
    ]);
    // The worksheet's local file header: 30 bytes, its name, an extra field, then the deflated XML.
    const header = content.indexOf('xl/worksheets/sheet1.xml') - 30;
    expect(content.readUInt32LE(header)).toBe(0x04034b50);
    const data = header + 30 + content.readUInt16LE(header + 26) + content.readUInt16LE(header + 28);
    content.fill(0xff, data + 10, data + 26);
    const started = Date.now();
    const outcome = await readXlsx(await openFileSource({ fileName: 'stall.xlsx', content }), 'stall.xlsx', { idleTimeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(outcome.issues.map((i) => i.code)).toEqual(['FILE_UNREADABLE']);
    expect(outcome.issues[0].message).toContain('damaged');
  });

  it('reports a workbook saved with a .csv extension as FILE_UNREADABLE, saying to rename it', async () => {
    const content = await workbookBuffer([{ name: 'ITA', rows: [['รหัส']] }]);
    const outcome = await readResultFile({ fileName: 'really.csv', content }, { maxBytes: MAX });
    expect(outcome.issues.map((i) => i.code)).toEqual(['FILE_UNREADABLE']);
    expect(outcome.issues[0].message).toContain('rename it to .xlsx');
  });

  it('reports a path that cannot be opened as FILE_UNREADABLE', async () => {
    const outcome = await readResultFile(
      { fileName: 'gone.csv', path: join(tmpdir(), 'ita-does-not-exist', 'gone.csv') },
      { maxBytes: MAX },
    );
    expect(outcome.issues).toEqual([
      { file: 'gone.csv', ...fileLevel, code: 'FILE_UNREADABLE', message: expect.stringContaining('ENOENT') },
    ]);
  });
});
