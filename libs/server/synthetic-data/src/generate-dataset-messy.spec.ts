import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  findFiscalYearInText,
  getFramework,
  normaliseNameForMatch,
  parseFiscalYear,
  parseOrgType,
  parseScore,
  splitOrganisationName,
  thaiDigitsToArabic,
  toolPointsFromScore,
} from '@ita/domain';
import type { ExpectedIssue } from './expected-issue';
import { cleanFields } from './files/clean-fields';
import { columnLetter } from './files/column-letter';
import type { TextEncoding } from './files/text-encoding';
import type { ManifestFile } from './manifest';
import { loadRegistry } from './registry/load-registry';
import { columnIndex } from './testing/column-index';
import { generateIntoTempDir, type GeneratedInTempDir } from './testing/generate-into-temp-dir';
import { readGeneratedCsv } from './testing/read-generated-csv';
import { recordOfCells } from './testing/record-of-cells';
import { findingCodes } from './variants/finding-codes';
import { must } from './testing/must';

const registry = loadRegistry();
const byCode = new Map(registry.map((organisation) => [organisation.code, organisation]));

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

const SCORE_FIELDS_FROM = 6; // clean layout: year, code, name, type, province, district, then scores

describe('generateDataset: messy variants, expected issues, determinism', () => {
  let generated: GeneratedInTempDir;
  let second: GeneratedInTempDir;
  beforeAll(async () => {
    generated = await generateIntoTempDir({ seed: 1, messy: true });
    // More than 2 s later: ZIP entry times have a 2-second resolution.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    second = await generateIntoTempDir({ seed: 1, messy: true });
  }, 90_000);
  afterAll(() => {
    rmSync(generated.dir, { recursive: true, force: true });
    rmSync(second.dir, { recursive: true, force: true });
  });

  const entry = (variant: string): ManifestFile => {
    const file = generated.manifest.files.find((candidate) => candidate.variant === variant);
    if (!file) throw new Error(`no ${variant} file`);
    return file;
  };
  const rowsOf = (file: ManifestFile): string[][] =>
    readGeneratedCsv(join(generated.dir, file.path), (file.encoding ?? 'utf-8') as TextEncoding, file.delimiter ?? ',');
  const cleanOf = (year: number): string[][] => readGeneratedCsv(join(generated.dir, `ita-${year}.csv`));
  const cleanByCode = (year: number): Map<string, string[]> =>
    new Map(
      cleanOf(year)
        .slice(1)
        .map((cells) => [cells[1], cells]),
    );

  it('lists every file in the manifest with its expected outcome, and the files exist', () => {
    const { manifest, dataset, dir } = generated;
    expect(manifest.files).toHaveLength(20);
    expect(dataset.files.map((file) => file.path)).toEqual(manifest.files.map((file) => join(dir, file.path)));
    for (const file of manifest.files) {
      expect(readFileSync(join(dir, file.path)).length).toBeGreaterThan(0);
      const name = file.path.split('/').pop();
      expect(file.expected.errors).toBe(manifest.expectedErrors.filter((issue) => issue.file === name).length);
      expect(file.expected.warnings).toBe(manifest.expectedWarnings.filter((issue) => issue.file === name).length);
      expect(file.expected.rowsValid + file.expected.rowsRejected).toBe(file.rows);
      expect(file.expected.status).toBe(file.expected.errors > 0 ? 'REJECTED' : 'IMPORTED');
    }
    // Variants whose values differ from the clean file never share a year.
    const differing = manifest.files.filter((file) => file.variant !== 'clean' && file.expected.sameValuesAs === null);
    expect(new Set(differing.map((file) => file.fiscalYears[0])).size).toBe(differing.length);
  });

  it.each([
    ['windows-874-semicolon', 'windows-874', ';', '', false],
    ['utf16le-bom-tab', 'utf-16le-bom', '\t', 'fffe', false],
    ['utf8-bom', 'utf-8-bom', ',', 'efbbbf', true],
  ])('%s decodes to exactly the clean file', (variant, encoding, delimiter, bom, utf8Thai) => {
    const file = entry(variant);
    expect(file).toMatchObject({ encoding, delimiter, expected: { sameValuesAs: `ita-${file.fiscalYears[0]}.csv` } });
    const bytes = readFileSync(join(generated.dir, file.path));
    expect(bytes.subarray(0, bom.length / 2).toString('hex')).toBe(bom);
    expect(bytes.includes(Buffer.from('ก', 'utf8'))).toBe(utf8Thai);
    expect(rowsOf(file)).toEqual(cleanOf(file.fiscalYears[0]));
  });

  it('thai-digits: Thai digits in years, scores and headers, the same values as the clean file', () => {
    const file = entry('thai-digits');
    const rows = rowsOf(file);
    expect(rows[0][SCORE_FIELDS_FROM]).toBe('ตัวชี้วัดที่ ๑');
    expect(rows[1][0]).toMatch(/^[๐-๙]{4}$/);
    expect(rows[1][SCORE_FIELDS_FROM]).toMatch(/^[๐-๙]+\.[๐-๙]{2}$/);
    expect(rows.map((cells) => cells.map(thaiDigitsToArabic))).toEqual(cleanOf(file.fiscalYears[0]));
  });

  it('title-year: the BE year only in a title row above the header', () => {
    const file = entry('title-year');
    const year = file.fiscalYears[0];
    const [title, header, ...rows] = rowsOf(file);
    expect(title[0]).toMatch(/^ผลการประเมิน ITA ประจำปีงบประมาณ พ\.ศ\. [๐-๙]{4}$/);
    expect(findFiscalYearInText(title[0])?.value).toBe(year);
    expect(title.slice(1).every((cell) => cell === '')).toBe(true);
    const [cleanHeader, ...cleanRows] = cleanOf(year);
    expect(header).toEqual(cleanHeader.slice(1));
    expect(rows).toEqual(cleanRows.map((cells) => cells.slice(1)));
  });

  it('ce-year: the year column in CE', () => {
    const file = entry('ce-year');
    const year = file.fiscalYears[0];
    const [header, ...rows] = rowsOf(file);
    expect(header[0]).toBe('ปี');
    expect(rows.every((cells) => cells[0] === String(year - 543))).toBe(true);
    expect(rows.map((cells) => cells.slice(1))).toEqual(
      cleanOf(year)
        .slice(1)
        .map((cells) => cells.slice(1)),
    );
  });

  it('names-no-code: prefixed names that resolve to exactly one organisation of the province and type, with its clean values', () => {
    const file = entry('prefixed-names-no-code');
    const year = file.fiscalYears[0];
    const [header, ...rows] = rowsOf(file);
    expect(header.slice(0, 3)).toEqual(['ปี พ.ศ.', 'ชื่อ อปท.', 'จังหวัด']);
    expect(header).not.toContain('รหัส อปท.');
    const clean = cleanByCode(year);
    const problems: string[] = [];
    for (const cells of rows) {
      const { name, typeHint } = splitOrganisationName(cells[1]);
      const matches = registry.filter(
        (organisation) =>
          organisation.provinceNameTh === cells[2] &&
          organisation.orgType === typeHint &&
          normaliseNameForMatch(organisation.nameTh) === normaliseNameForMatch(name),
      );
      if (matches.length !== 1) problems.push(`${cells[1]} (${cells[2]}): ${matches.length} matches`);
      else if (JSON.stringify(clean.get(matches[0].code)?.slice(SCORE_FIELDS_FROM)) !== JSON.stringify(cells.slice(3))) {
        problems.push(`${cells[1]}: values differ`);
      }
    }
    expect(problems).toEqual([]);
    expect(rows.some((cells) => cells[1].startsWith('องค์การบริหารส่วนตำบล'))).toBe(true);
    expect(rows.some((cells) => /^อบต\.[^ ]/.test(cells[1]))).toBe(true);
    expect(rows.some((cells) => cells[1].startsWith('ทต. '))).toBe(true);
    expect(rows.length).toBeGreaterThan(clean.size * 0.9);
  });

  it('tool-points-labelled: IIT (30) / EIT (30) / OIT (40) hold round2(score × weight) and import without findings', () => {
    const file = entry('tool-points-labelled');
    const year = file.fiscalYears[0];
    const framework = getFramework(year);
    const fields = cleanFields(framework);
    const [header, ...rows] = rowsOf(file);
    expect(header.slice(16, 19)).toEqual(['IIT (30)', 'EIT (30)', 'OIT (40)']);
    const clean = cleanByCode(year);
    const problems: string[] = [];
    for (const cells of rows) {
      const scores = must(clean.get(cells[1]), cells[1]);
      const points = (['IIT', 'EIT', 'OIT'] as const).map((tool, i) =>
        toolPointsFromScore(framework, tool, Number(scores[16 + i])).toFixed(2),
      );
      if (JSON.stringify(cells.slice(16, 19)) !== JSON.stringify(points)) problems.push(`${cells[1]}: points`);
      if (findingCodes(framework, recordOfCells(fields, cells), 'POINTS').length > 0) problems.push(`${cells[1]}: findings`);
    }
    expect(problems).toEqual([]);
  });

  it('noisy-numbers: %, NBSP and zero-width characters parse to the clean values; "-" only for one indicator on rows that keep a total', () => {
    const file = entry('noisy-numbers');
    const [header, ...rows] = rowsOf(file);
    const clean = cleanByCode(file.fiscalYears[0]);
    const totalColumn = header.indexOf('คะแนนรวม');
    const problems: string[] = [];
    let dashes = 0;
    for (const cells of rows) {
      const cleanCells = must(clean.get(cells[1]), cells[1]);
      for (let c = SCORE_FIELDS_FROM; c < cells.length - 1; c++) {
        if (cells[c] === '-') {
          dashes++;
          if (c >= SCORE_FIELDS_FROM + 10 || cells[totalColumn] === '-') problems.push(`${cells[1]}: "-" outside the indicators`);
          continue;
        }
        const parsed = parseScore(cells[c]);
        if (!parsed.ok || parsed.value !== Number(cleanCells[c])) problems.push(`${cells[1]} column ${c}: ${JSON.stringify(cells[c])}`);
      }
    }
    expect(problems).toEqual([]);
    expect(dashes).toBeGreaterThan(0);
    const text = rows.flat().join('|');
    for (const noise of ['%', ' %', '\u00A0', '\u200B']) expect(text).toContain(noise);
  });

  it('xlsx-by-region: title rows, a merged two-row header, a hidden ลำดับ column, numbers as text, footers, clean values', async () => {
    const file = entry('xlsx-by-region');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(generated.dir, file.path));
    const [explanation, ...regions] = workbook.worksheets;
    expect(explanation.name).toBe('คำอธิบาย');
    expect(file.sheets?.map((sheet) => sheet.name)).toEqual(workbook.worksheets.map((sheet) => sheet.name));
    expect(regions).toHaveLength(6);
    const clean = cleanByCode(file.fiscalYears[0]);
    const problems: string[] = [];
    let rows = 0;
    let textNumbers = 0;
    for (const sheet of regions) {
      const merges = (sheet.model as unknown as { merges: string[] }).merges;
      expect(merges).toEqual(expect.arrayContaining(['A1:V1', 'A2:V2', 'A3:A4', 'H3:Q3', 'R3:T3', 'U3:U4', 'V3:V4']));
      expect(sheet.getCell('H3').value).toBe('ตัวชี้วัด');
      expect(sheet.getCell('R3').value).toBe('เครื่องมือ');
      expect(sheet.getCell('A3').value).toBe('ลำดับ');
      expect(Array.from({ length: 10 }, (_, i) => sheet.getRow(4).getCell(8 + i).value)).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
      ]);
      expect(['R4', 'S4', 'T4'].map((cell) => sheet.getCell(cell).value)).toEqual(['IIT', 'EIT', 'OIT']);
      expect(sheet.getColumn(1).hidden).toBe(true);
      expect(String(sheet.getCell('A2').value)).toContain(`พ.ศ. ${file.fiscalYears[0]} ${sheet.name}`);
      expect(String(sheet.getRow(sheet.rowCount - 1).getCell(2).value)).toMatch(/^หมายเหตุ/);
      expect(String(sheet.getRow(sheet.rowCount).getCell(2).value)).toMatch(/^ที่มา/);
      for (let r = 5; r <= sheet.rowCount - 3; r++) {
        const values = (sheet.getRow(r).values as unknown[]).slice(2); // drop the 1-based gap and ลำดับ
        const cleanCells = clean.get(String(values[1]));
        rows++;
        if (!cleanCells) {
          problems.push(`${sheet.name} row ${r}: unknown code`);
          continue;
        }
        values.forEach((value, c) => {
          if (typeof value === 'string' && c >= SCORE_FIELDS_FROM && c < values.length - 1) textNumbers++;
          const same =
            c >= SCORE_FIELDS_FROM && c < values.length - 1
              ? parseScore(value).ok && (parseScore(value) as { value: number }).value === Number(cleanCells[c])
              : String(value) === cleanCells[c];
          if (!same) problems.push(`${sheet.name} row ${r} column ${c + 2}: ${String(value)}`);
        });
      }
    }
    expect(problems).toEqual([]);
    expect(rows).toBe(clean.size);
    expect(textNumbers).toBeGreaterThan(rows * 3 - 1);
  });

  it('xlsx-by-type-tool-points-unlabelled: points under plain IIT/EIT/OIT headers, one TOOL_SCALE_INFERRED per sheet', async () => {
    const file = entry('xlsx-by-type-tool-points-unlabelled');
    const year = file.fiscalYears[0];
    const framework = getFramework(year);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(generated.dir, file.path));
    const name = file.path.split('/').pop();
    const warnings = generated.manifest.expectedWarnings.filter((issue) => issue.file === name);
    expect(warnings.map((issue) => issue.sheet)).toEqual(workbook.worksheets.map((sheet) => sheet.name));
    const clean = cleanByCode(year);
    const problems: string[] = [];
    for (const sheet of workbook.worksheets) {
      const warning = must(
        warnings.find((issue) => issue.sheet === sheet.name),
        sheet.name,
      );
      expect(warning).toMatchObject({ code: 'TOOL_SCALE_INFERRED', row: 2 });
      const iitColumn = columnIndex(must(warning.column, 'column')) + 1;
      expect(sheet.getRow(2).getCell(iitColumn).value).toBe('IIT');
      for (let r = 3; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cleanCells = must(clean.get(String(row.getCell(2).value)), `row ${r}`);
        (['IIT', 'EIT', 'OIT'] as const).forEach((tool, i) => {
          const points = row.getCell(iitColumn + i).value as number;
          if (points > (tool === 'OIT' ? 40 : 30) || points !== toolPointsFromScore(framework, tool, Number(cleanCells[16 + i]))) {
            problems.push(`${sheet.name} row ${r}: ${tool} ${points}`);
          }
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes byte-identical files, XLSX and manifest included, for the same seed', () => {
    const files = filesUnder(generated.dir).sort();
    expect(files).toEqual(filesUnder(second.dir).sort());
    expect(files).toHaveLength(21);
    const differing = files.filter((file) => !readFileSync(join(generated.dir, file)).equals(readFileSync(join(second.dir, file))));
    expect(differing).toEqual([]);
  });

  describe('the errors file', () => {
    const issues = (): ExpectedIssue[] => generated.manifest.expectedErrors;
    let cached: string[][] | undefined;
    const rows = (): string[][] => (cached ??= readGeneratedCsv(join(generated.dir, 'messy', issues()[0].file)));
    const cell = (issue: ExpectedIssue): string => rows()[must(issue.row, 'row') - 1][columnIndex(must(issue.column, 'column'))];

    it('injects each error once, on its own row, 100–300 rows in all', () => {
      const codes = issues()
        .map((issue) => issue.code)
        .sort();
      expect(codes).toEqual([
        'DUPLICATE_CONFLICT',
        'FISCAL_YEAR_MISSING',
        'FISCAL_YEAR_TOO_EARLY',
        'ORG_AMBIGUOUS',
        'ORG_NOT_FOUND',
        'SCORES_MISSING',
        'SCORE_NOT_A_NUMBER',
        'SCORE_OUT_OF_RANGE',
      ]);
      expect(new Set(issues().map((issue) => issue.file))).toEqual(new Set(['ita-2566-errors.csv']));
      expect(new Set(issues().map((issue) => issue.row)).size).toBe(issues().length);
      expect(rows().length - 1).toBeGreaterThanOrEqual(100);
      expect(rows().length - 1).toBeLessThanOrEqual(300);
    });

    it('points every error at a cell that holds the injected value', () => {
      const header = rows()[0];
      const column = (name: string): number => header.indexOf(name);
      const headerOf = (issue: ExpectedIssue): string => header[columnIndex(issue.column ?? '')];
      // Per code, what must hold of the row; failures are collected so that one expect reports them all.
      const checks: Record<string, (issue: ExpectedIssue, cells: string[], value: string) => boolean> = {
        ORG_NOT_FOUND: (issue, _cells, value) => headerOf(issue) === 'รหัส อปท.' && /^\d{7}$/.test(value) && !byCode.has(value),
        ORG_AMBIGUOUS: (issue, cells, value) =>
          headerOf(issue) === 'ชื่อหน่วยงาน' &&
          cells[column('รหัส อปท.')] === '' &&
          cells[column('อำเภอ')] === '' &&
          registry.filter(
            (organisation) =>
              organisation.provinceNameTh === cells[column('จังหวัด')] &&
              organisation.orgType === parseOrgType(cells[column('ประเภท')]) &&
              normaliseNameForMatch(organisation.nameTh) === normaliseNameForMatch(value),
          ).length >= 2,
        SCORE_NOT_A_NUMBER: (_issue, _cells, value) => value === '9o.5' && !parseScore(value).ok,
        SCORE_OUT_OF_RANGE: (_issue, _cells, value) => {
          const parsed = parseScore(value);
          return value === '105.2' && !parsed.ok && parsed.reason === 'OUT_OF_RANGE';
        },
        SCORES_MISSING: (issue, cells, value) =>
          headerOf(issue) === 'คะแนนรวม' && value === '' && cells.slice(6, 16).some((cell) => cell === ''),
        DUPLICATE_CONFLICT: (issue, cells, value) => {
          const same = rows().filter((other) => other[1] === value);
          const earlier = rows().indexOf(same[0]) + 1;
          return same.length === 2 && earlier < (issue.row ?? 0) && same[0][column('คะแนนรวม')] !== cells[column('คะแนนรวม')];
        },
        FISCAL_YEAR_MISSING: (issue, _cells, value) => issue.column === 'A' && value === '',
        FISCAL_YEAR_TOO_EARLY: (issue, _cells, value) => {
          const parsed = parseFiscalYear(value);
          return issue.column === 'A' && value === '2558' && !parsed.ok && parsed.reason === 'BEFORE_2561';
        },
      };
      const failed = issues()
        .filter((issue) => cell(issue) !== issue.value || !checks[issue.code]?.(issue, rows()[(issue.row ?? 0) - 1], cell(issue)))
        .map((issue) => `${issue.code} at ${issue.column}${issue.row}: ${JSON.stringify(cell(issue))}`);
      expect(failed).toEqual([]);
    });

    it('has no other problem on any row: the other rows are clean, and each injected row has only its error', () => {
      const framework = getFramework(2566);
      const fields = cleanFields(framework);
      const injected = new Set(issues().map((issue) => issue.row));
      const problems: string[] = [];
      rows()
        .slice(1)
        .forEach((cells, index) => {
          const row = index + 2;
          const record = recordOfCells(fields, cells);
          const organisation = byCode.get(record.org_code as string);
          const findings = injected.has(row) ? [] : findingCodes(framework, record);
          if (findings.length > 0) problems.push(`row ${row}: ${findings.join(', ')}`);
          if (injected.has(row)) return;
          if (!organisation || organisation.nameTh !== record.org_name || record.fiscal_year !== '2566')
            problems.push(`row ${row}: not clean`);
        });
      // An injected row is otherwise sound: scores consistent where given (checked without the broken cell).
      for (const issue of issues().filter((candidate) => candidate.code.startsWith('FISCAL_YEAR') || candidate.code.startsWith('ORG_'))) {
        const findings = findingCodes(framework, recordOfCells(fields, rows()[must(issue.row, 'row') - 1]));
        if (findings.length > 0) problems.push(`row ${issue.row}: ${findings.join(', ')}`);
      }
      expect(problems).toEqual([]);
    });
  });

  describe('the warnings file', () => {
    it('carries exactly TOTAL_MISMATCH, LEVEL_MISMATCH and NAME_MISMATCH, each where the manifest says', () => {
      const warnings = generated.manifest.expectedWarnings.filter((issue) => issue.file.endsWith('-warnings.csv'));
      expect(warnings.map((issue) => issue.code).sort()).toEqual(['LEVEL_MISMATCH', 'NAME_MISMATCH', 'TOTAL_MISMATCH']);
      const year = Number(must(/ita-(\d{4})-/.exec(warnings[0].file), 'year')[1]);
      const framework = getFramework(year);
      const fields = cleanFields(framework);
      const rows = readGeneratedCsv(join(generated.dir, 'messy', warnings[0].file));
      const letterOf = (header: string): string => columnLetter(rows[0].indexOf(header));
      const found: { row: number; column: string; code: string }[] = [];
      rows.slice(1).forEach((cells, index) => {
        const record = recordOfCells(fields, cells);
        const row = index + 2;
        for (const code of findingCodes(framework, record)) {
          found.push({ row, column: letterOf(code === 'TOTAL_MISMATCH' ? 'คะแนนรวม' : code === 'LEVEL_MISMATCH' ? 'ระดับ' : '?'), code });
        }
        const organisation = byCode.get(record.org_code as string);
        if (organisation && organisation.nameTh !== record.org_name)
          found.push({ row, column: letterOf('ชื่อหน่วยงาน'), code: 'NAME_MISMATCH' });
      });
      expect(found.sort((a, b) => a.row - b.row)).toEqual(warnings.map(({ row, column, code }) => ({ row, column, code })));
      for (const warning of warnings)
        expect(rows[must(warning.row, 'row') - 1][columnIndex(must(warning.column, 'column'))]).toBe(warning.value);
    });
  });
});
