import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deriveToolScores, deriveTotal, determineLevel, getFramework, parseOrgType } from '@ita/domain';
import { cleanFields } from './files/clean-fields';
import { loadRegistry } from './registry/load-registry';
import { generateIntoTempDir, type GeneratedInTempDir } from './testing/generate-into-temp-dir';
import { readGeneratedCsv } from './testing/read-generated-csv';
import { recordOfCells } from './testing/record-of-cells';
import { findingCodes } from './variants/finding-codes';
import { must } from './testing/must';

const YEARS = [2562, 2563, 2564, 2565, 2566, 2567, 2568];
const registry = new Map(loadRegistry().map((organisation) => [organisation.code, organisation]));
const INDICATOR_HEADERS = Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`);
const FRONT = ['ปีงบประมาณ', 'รหัส อปท.', 'ชื่อหน่วยงาน', 'ประเภท', 'จังหวัด', 'อำเภอ'];

describe('generateDataset: clean files', () => {
  let generated: GeneratedInTempDir;
  beforeAll(async () => {
    generated = await generateIntoTempDir({ seed: 1 });
  }, 60_000);
  afterAll(() => rmSync(generated.dir, { recursive: true, force: true }));

  it('writes ita-<year>.csv for 2562–2568 by default and a manifest describing them', () => {
    const { dataset, manifest, dir } = generated;
    expect(dataset.files.map((file) => file.path)).toEqual(YEARS.map((year) => join(dir, `ita-${year}.csv`)));
    expect(manifest.files.map((file) => file.path)).toEqual(YEARS.map((year) => `ita-${year}.csv`));
    expect(manifest).toMatchObject({ seed: 1, fiscalYears: YEARS, messy: false, expectedErrors: [], expectedWarnings: [] });
    for (const [index, file] of dataset.files.entries()) {
      expect(readGeneratedCsv(file.path)).toHaveLength(file.rows + 1);
      expect(manifest.files[index]).toMatchObject({
        rows: file.rows,
        fiscalYears: [YEARS[index]],
        expected: { status: 'IMPORTED', warnings: 0 },
      });
    }
    expect(dataset.national.map((figure) => figure.fiscalYear)).toEqual(YEARS);
  });

  it('writes the documented header, with the EIT parts in 2568 only', () => {
    const header = (year: number): string[] => readGeneratedCsv(join(generated.dir, `ita-${year}.csv`))[0];
    expect(header(2564)).toEqual([...FRONT, ...INDICATOR_HEADERS, 'IIT', 'EIT', 'OIT', 'คะแนนรวม', 'ระดับ']);
    expect(header(2568)).toEqual([...FRONT, ...INDICATOR_HEADERS, 'IIT', 'EIT', 'EIT ส่วนที่ 1', 'EIT ส่วนที่ 2', 'OIT', 'คะแนนรวม', 'ระดับ']);
    expect(readFileSync(join(generated.dir, 'ita-2565.csv')).subarray(0, 3).toString('hex')).not.toBe('efbbbf');
  });

  it('checks a known row against the domain scoring', () => {
    const [header, row] = readGeneratedCsv(join(generated.dir, 'ita-2567.csv'));
    const value = (name: string): string => row[header.indexOf(name)];
    const framework = getFramework(2567);
    const indicators = Object.fromEntries(INDICATOR_HEADERS.map((name, index) => [index + 1, Number(value(name))]));
    const tools = deriveToolScores(framework, indicators);
    expect([Number(value('IIT')), Number(value('EIT')), Number(value('OIT'))]).toEqual([tools.IIT, tools.EIT, tools.OIT]);
    expect(Number(value('คะแนนรวม'))).toBe(deriveTotal(framework, tools));
    expect(value('ระดับ')).toBe(must(determineLevel(framework, deriveTotal(framework, tools), tools), 'level').labelTh);
    expect(value('ระดับ')).toMatch(/^(ผ่านดีเยี่ยม|ผ่านดี|ผ่าน|ต้องปรับปรุง|ต้องปรับปรุงโดยด่วน)$/);
    expect(value('คะแนนรวม')).toMatch(/^\d{1,3}\.\d{2}$/);
  });

  it('writes every row so that it imports without a warning: registry identity, 2-decimal scores, consistent tools, total and level', () => {
    const problems: string[] = [];
    for (const year of YEARS) {
      const framework = getFramework(year);
      const fields = cleanFields(framework);
      const [, ...rows] = readGeneratedCsv(join(generated.dir, `ita-${year}.csv`));
      const seen = new Set<string>();
      for (const [index, cells] of rows.entries()) {
        const where = `ita-${year}.csv row ${index + 2}`;
        const record = recordOfCells(fields, cells);
        const organisation = registry.get(record.org_code as string);
        if (cells.length !== fields.length) problems.push(`${where}: ${cells.length} cells`);
        if (record.fiscal_year !== String(year)) problems.push(`${where}: year ${record.fiscal_year}`);
        if (!organisation) {
          problems.push(`${where}: unknown code ${record.org_code}`);
          continue;
        }
        if (seen.has(organisation.code)) problems.push(`${where}: ${organisation.code} twice`);
        seen.add(organisation.code);
        if (
          record.org_name !== organisation.nameTh ||
          record.province !== organisation.provinceNameTh ||
          record.district !== organisation.districtNameTh
        ) {
          problems.push(`${where}: name, province or district differs from the registry`);
        }
        if (parseOrgType(record.org_type as string) !== organisation.orgType) problems.push(`${where}: type ${record.org_type}`);
        const scores = fields.filter(
          (field) => !['fiscal_year', 'org_code', 'org_name', 'org_type', 'province', 'district', 'level'].includes(field),
        );
        if (scores.some((field) => !/^\d{1,3}\.\d{2}$/.test(record[field] as string)))
          problems.push(`${where}: a score without 2 decimals`);
        const findings = findingCodes(framework, record);
        if (findings.length > 0) problems.push(`${where}: ${findings.join(', ')}`);
        const tools = { IIT: Number(record.iit), EIT: Number(record.eit), OIT: Number(record.oit) };
        const expectedLevel = must(determineLevel(framework, Number(record.total), tools), where);
        if (record.level !== (framework.rubric.id === 'RATING_AA_F' ? expectedLevel.code : expectedLevel.labelTh))
          problems.push(`${where}: level`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives different files for a different seed, and the same results for a year whichever years are generated', async () => {
    const other = await generateIntoTempDir({ seed: 2, years: [2565] });
    const alone = await generateIntoTempDir({ seed: 1, years: [2565] });
    try {
      const bytes = (dir: string): Buffer => readFileSync(join(dir, 'ita-2565.csv'));
      expect(bytes(other.dir).equals(bytes(generated.dir))).toBe(false);
      expect(bytes(alone.dir).equals(bytes(generated.dir))).toBe(true);
    } finally {
      rmSync(other.dir, { recursive: true, force: true });
      rmSync(alone.dir, { recursive: true, force: true });
    }
  }, 30_000);
});
