import { findFramework, parseFiscalYear, parseScore } from '@ita/domain';
import type { AssessmentFramework, ToolCode } from '@ita/domain';
import type { RecognisedSheet, SourceCell, SourceRow } from '../reading/recognised-sheet';

export type ToolField = 'iit' | 'eit' | 'oit';
export type ToolScale = 'POINTS' | 'SCORE';

export interface ToolScales {
  scales: Record<ToolField, ToolScale>;
  /** Tools whose scale the header did not state, so it was inferred from the values. */
  inferred: ToolField[];
}

const TOOL_CODE: Record<ToolField, ToolCode> = { iit: 'IIT', eit: 'EIT', oit: 'OIT' };
const TOOL_FIELDS: ToolField[] = ['iit', 'eit', 'oit'];

/**
 * Whether each tool column holds 0–100 scores or weighted points (IIT/EIT out of 30, OIT out of 40). The
 * header decides when it says so; otherwise the reading that agrees with the row's indicators (or, failing
 * those, with its total) wins by a vote over the sheet. A value above the points maximum settles it as a score.
 */
export function inferToolScales(sheet: RecognisedSheet, fallbackYear: number | null): ToolScales {
  const scales = {} as Record<ToolField, ToolScale>;
  const inferred: ToolField[] = [];
  for (const field of TOOL_FIELDS) {
    const column = sheet.columns.find((c) => c.field === field);
    if (!column) {
      scales[field] = 'SCORE';
      continue;
    }
    if (column.scale) {
      scales[field] = column.scale;
      continue;
    }
    scales[field] = voteOnScale(sheet, field, fallbackYear);
    inferred.push(field);
  }
  return { scales, inferred };
}

function voteOnScale(sheet: RecognisedSheet, field: ToolField, fallbackYear: number | null): ToolScale {
  let points = 0;
  let scores = 0;
  let maxValue = 0;
  let maxPoints = 40;
  for (const row of sheet.rows) {
    const framework = frameworkOf(row, sheet.fiscalYearFromTitle ?? fallbackYear);
    const value = numberOf(row.cells[field]);
    if (!framework || value === null) continue;
    const tool = framework.tools.find((t) => t.code === TOOL_CODE[field]);
    if (!tool) continue;
    maxPoints = tool.maxPoints;
    maxValue = Math.max(maxValue, value);
    if (value > tool.maxPoints) return 'SCORE';
    const indicators = tool.indicators.map((n) => numberOf(row.cells[`indicator_${n}` as keyof SourceRow['cells']]));
    let vote: ToolScale | null = null;
    if (indicators.every((v): v is number => v !== null)) {
      const mean = indicators.reduce((a, b) => a + b, 0) / indicators.length;
      vote = Math.abs(value - mean) <= Math.abs(value / tool.weight - mean) ? 'SCORE' : 'POINTS';
    } else {
      vote = voteFromTotal(row, framework);
    }
    if (vote === 'SCORE') scores++;
    if (vote === 'POINTS') points++;
  }
  if (points + scores > 0) return points > scores ? 'POINTS' : 'SCORE';
  // No evidence either way: real 0–100 tool scores all at or below 30/40 are implausible.
  return maxValue > 0 && maxValue <= maxPoints ? 'POINTS' : 'SCORE';
}

/** Which reading of the three tool columns (points summed, or scores weighted) reproduces the row's total. */
function voteFromTotal(row: SourceRow, framework: AssessmentFramework): ToolScale | null {
  const total = numberOf(row.cells.total);
  const values = TOOL_FIELDS.map((f) => numberOf(row.cells[f]));
  if (total === null || values.some((v) => v === null)) return null;
  const asPoints = (values as number[]).reduce((a, b) => a + b, 0);
  const asScores = framework.tools.reduce((sum, tool, i) => sum + tool.weight * (values[i] as number), 0);
  return Math.abs(asPoints - total) < Math.abs(asScores - total) ? 'POINTS' : 'SCORE';
}

function frameworkOf(row: SourceRow, fallbackYear: number | null): AssessmentFramework | undefined {
  const raw = row.cells.fiscal_year;
  if (raw !== undefined && raw !== null && raw !== '') {
    const parsed = parseFiscalYear(String(raw));
    return parsed.ok ? findFramework(parsed.value) : undefined;
  }
  return fallbackYear ? findFramework(fallbackYear) : undefined;
}

function numberOf(cell: SourceCell | undefined): number | null {
  if (cell === undefined || cell === null) return null;
  const parsed = parseScore(typeof cell === 'number' ? cell : cell);
  return parsed.ok ? parsed.value : null;
}
