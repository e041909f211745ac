import { parseScore } from '@ita/domain';
import type { AssessmentFramework } from '@ita/domain';
import type { CanonicalField } from '../reading/canonical-field';
import type { SourceRow } from '../reading/recognised-sheet';
import { IssueCode } from '../report/issue-code';
import type { ToolField, ToolScale } from './infer-tool-scales';
import type { RowIssueSink } from './row-issue-sink';
import { scoreColumns } from './score-columns';

export type ScoreField = 'total' | ToolField | 'eit_part1' | 'eit_part2' | `indicator_${number}`;

/** Every score cell of a row as a number (null = missing), with an error for each cell that is not one. */
export function parseScoreCells(
  source: SourceRow,
  framework: AssessmentFramework,
  scales: Record<ToolField, ToolScale>,
  issues: RowIssueSink,
): { values: Partial<Record<ScoreField, number | null>>; ok: boolean } {
  const values: Partial<Record<ScoreField, number | null>> = {};
  let ok = true;
  for (const { field, max } of scoreColumns(framework, scales)) {
    const cell = source.cells[field as CanonicalField];
    if (cell === undefined) continue;
    const parsed = parseScore(cell, { max });
    if (!parsed.ok) {
      ok = false;
      if (parsed.reason === 'OUT_OF_RANGE') {
        issues.error(
          field as CanonicalField,
          IssueCode.SCORE_OUT_OF_RANGE,
          `คะแนน "${parsed.input}" อยู่นอกช่วง 0–${max} / Score "${parsed.input}" is outside 0–${max}${max < 100 ? ' (weighted points)' : ''}`,
        );
      } else {
        issues.error(
          field as CanonicalField,
          IssueCode.SCORE_NOT_A_NUMBER,
          `"${parsed.input}" ไม่ใช่ตัวเลขคะแนน / "${parsed.input}" is not a score (a number such as 91.13, or - when missing)`,
        );
      }
      continue;
    }
    if (parsed.hadMoreDecimals) {
      issues.warning(
        field as CanonicalField,
        IssueCode.SCORE_ROUNDED,
        `คะแนน "${String(cell)}" มีทศนิยมเกิน 2 ตำแหน่ง ปัดเป็น ${parsed.value} / Score "${String(cell)}" has more than 2 decimals; stored as ${parsed.value}`,
      );
    }
    values[field] = parsed.value;
  }
  return { values, ok };
}
