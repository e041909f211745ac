import { deriveToolScores, deriveTotal, determineLevel, getFramework } from '@ita/domain';

export interface CsvResultRow {
  code: string;
  /** Ten indicator scores. */
  indicators: number[];
  /** Overrides of what the row publishes. */
  total?: string;
  level?: string;
}

/**
 * A published-format CSV whose tools, total and level agree with the year's rules (so it imports with no
 * warning), unless a row overrides them.
 */
export function resultCsv(fiscalYear: number, rows: CsvResultRow[]): Buffer {
  const framework = getFramework(fiscalYear);
  const header = [
    'ปีงบประมาณ',
    'รหัส อปท.',
    ...framework.indicators.map((i) => `ตัวชี้วัดที่ ${i.number}`),
    'IIT',
    'EIT',
    'OIT',
    'คะแนนรวม',
    'ระดับ',
  ];
  const lines = rows.map((row) => {
    const indicators = Object.fromEntries(row.indicators.map((s, i) => [i + 1, s]));
    const tools = deriveToolScores(framework, indicators);
    const total = deriveTotal(framework, tools) as number;
    const level = determineLevel(framework, total, tools);
    return [
      fiscalYear,
      row.code,
      ...row.indicators.map((s) => s.toFixed(2)),
      tools.IIT?.toFixed(2),
      tools.EIT?.toFixed(2),
      tools.OIT?.toFixed(2),
      row.total ?? total.toFixed(2),
      row.level ?? level?.labelTh,
    ].join(',');
  });
  return Buffer.from(`${header.join(',')}\n${lines.join('\n')}\n`, 'utf8');
}

/** Indicator scores that vary by organisation and year but stay plausible. */
export function indicatorsFor(code: string, fiscalYear: number): number[] {
  const seed = Number(code.slice(-4)) + fiscalYear;
  return Array.from({ length: 10 }, (_, i) => Math.min(100, Math.round(7000 + ((seed * (i + 3)) % 3000)) / 100));
}
