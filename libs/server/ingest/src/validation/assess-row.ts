import { assessResult } from '@ita/domain';
import type { AssessmentFramework, Finding } from '@ita/domain';
import type { CanonicalField } from '../reading/canonical-field';
import { IssueCode } from '../report/issue-code';
import { indicatorFields } from './indicator-fields';
import type { ToolField, ToolScale } from './infer-tool-scales';
import type { ScoreField } from './parse-score-cells';
import type { RowIssueSink } from './row-issue-sink';
import type { StoredResultValues } from './validated-result';

const FINDING_ISSUE: Record<Finding['code'], IssueCode | null> = {
  TOTAL_MISMATCH: IssueCode.TOTAL_MISMATCH,
  TOOL_MISMATCH: IssueCode.TOOL_MISMATCH,
  TOOL_POINTS_MISMATCH: IssueCode.TOOL_POINTS_MISMATCH,
  EIT_PARTS_MISMATCH: IssueCode.EIT_PARTS_MISMATCH,
  EIT_PARTS_NOT_IN_FRAMEWORK: null,
  LEVEL_MISMATCH: IssueCode.LEVEL_MISMATCH,
  LEVEL_UNRECOGNISED: IssueCode.LEVEL_UNRECOGNISED,
};

/**
 * Compares what the row published with what the year's rules derive (domain assessResult) and returns the
 * values to store: published and derived side by side, the derived ones being what is used where the file
 * gave nothing. Each finding becomes a warning on the cell it concerns.
 */
export function assessRow(
  framework: AssessmentFramework,
  scores: Partial<Record<ScoreField, number | null>>,
  levelText: string,
  scales: Record<ToolField, ToolScale>,
  issues: RowIssueSink,
): StoredResultValues {
  const tool = (field: ToolField) => (scales[field] === 'SCORE' ? (scores[field] ?? null) : null);
  const points = (field: ToolField) => (scales[field] === 'POINTS' ? (scores[field] ?? null) : null);
  const indicators: Record<number, number> = {};
  for (const { number, field } of indicatorFields(framework)) {
    const score = scores[field];
    if (score !== null && score !== undefined) indicators[number] = score;
  }
  const assessment = assessResult(framework, {
    total: scores.total ?? null,
    level: levelText || null,
    iit: tool('iit'),
    eit: tool('eit'),
    oit: tool('oit'),
    iitPoints: points('iit'),
    eitPoints: points('eit'),
    oitPoints: points('oit'),
    eitPart1: scores.eit_part1 ?? null,
    eitPart2: scores.eit_part2 ?? null,
    indicators,
  });
  for (const finding of assessment.findings) {
    const code = FINDING_ISSUE[finding.code];
    if (!code) continue;
    const field: CanonicalField = finding.field === 'level' ? 'level' : finding.field === 'total' ? 'total' : finding.field;
    issues.warning(field, code, describeFinding(finding));
  }
  const { effective, derived } = assessment;
  // Where a tool's effective value is derived (from points, or from indicators), that is the derived column,
  // so that "published, else derived" in the database equals the effective value of the domain.
  const derivedTool = (field: ToolField) => (effective.sources[field] === 'DERIVED' ? effective[field] : derived[field]);
  return {
    totalPublished: scores.total ?? null,
    totalDerived: derived.total,
    levelPublished: effective.sources.level === 'PUBLISHED' ? (effective.level?.label ?? null) : null,
    levelDerived: derived.level?.labelTh ?? null,
    iitPublished: tool('iit'),
    iitPointsPublished: points('iit'),
    iitDerived: derivedTool('iit'),
    eitPublished: tool('eit'),
    eitPointsPublished: points('eit'),
    eitDerived: derivedTool('eit'),
    eitPart1: scores.eit_part1 ?? null,
    eitPart2: scores.eit_part2 ?? null,
    oitPublished: tool('oit'),
    oitPointsPublished: points('oit'),
    oitDerived: derivedTool('oit'),
    findings: [...assessment.findings],
  };
}

function describeFinding(f: Finding): string {
  switch (f.code) {
    case 'TOTAL_MISMATCH':
      return `คะแนนรวมที่เผยแพร่ ${f.published} ต่างจากที่คำนวณจากเครื่องมือ ${f.derived} (ต่าง ${f.difference}); เก็บค่าที่เผยแพร่ / Published total ${f.published} differs from the total derived from the tools, ${f.derived} (by ${f.difference}); the published value is kept`;
    case 'TOOL_MISMATCH':
      return `คะแนน ${f.field.toUpperCase()} ที่เผยแพร่ ${f.published} ต่างจากค่าเฉลี่ยตัวชี้วัด ${f.derived} / Published ${f.field.toUpperCase()} ${f.published} differs from the mean of its indicators, ${f.derived}`;
    case 'TOOL_POINTS_MISMATCH':
      return `คะแนนถ่วงน้ำหนัก ${f.field.toUpperCase()} ${f.published} ต่างจากที่คำนวณได้ ${f.derived} / Weighted ${f.field.toUpperCase()} points ${f.published} differ from the derived ${f.derived}`;
    case 'EIT_PARTS_MISMATCH':
      return `ค่าเฉลี่ย EIT ส่วนที่ 1 และ 2 (${f.published}) ต่างจากค่าเฉลี่ยตัวชี้วัดที่ 6–8 (${f.derived}) / The mean of EIT parts 1 and 2 (${f.published}) differs from the mean of indicators 6–8 (${f.derived})`;
    case 'LEVEL_MISMATCH':
      return `ระดับที่เผยแพร่ "${f.published}" ต่างจากเกณฑ์ของปี (${f.derived}); เก็บค่าที่เผยแพร่ / Published level "${f.published}" differs from the year's rubric (${f.derived}); the published level is kept`;
    case 'LEVEL_UNRECOGNISED':
      return `ไม่รู้จักระดับ "${f.published}" ตามเกณฑ์ของปีนั้น; เก็บตามที่เผยแพร่ / Level "${f.published}" is not a level of that year's rubric; kept as published`;
    default:
      return f.code;
  }
}
