import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import { normaliseText } from '../parsing/normalise-text';
import { parseLevel } from '../parsing/parse-level';
import { determineLevel } from './determine-level';
import { isLevelConsistent } from './is-level-consistent';
import type { LevelAssessment } from './level-assessment';
import { possibleLevels } from './possible-levels';
import type { ToolValues } from './tool-values';

/**
 * The level part of assessResult. A published level is kept; it is a LEVEL_MISMATCH only when it agrees with
 * none of the levels the result could have (so an unknown tool score never causes a false mismatch).
 */
export function assessLevel(
  framework: AssessmentFramework,
  publishedLevel: string | null | undefined,
  total: number | null,
  tools: ToolValues,
): LevelAssessment {
  const derived = determineLevel(framework, total, tools);
  const label = publishedLevel ? normaliseText(publishedLevel) : '';
  if (label === '') {
    return derived
      ? { derived, effective: { code: derived.code, label: derived.labelTh }, source: 'DERIVED', method: 'RUBRIC', findings: [] }
      : { derived, effective: null, source: null, method: null, findings: [] };
  }
  const code = parseLevel(label, framework);
  // Written out rather than spread from one shared object: V8's object spread is slow here, once per imported row.
  const effective = { code, label };
  if (code === null) {
    return {
      derived,
      effective,
      source: 'PUBLISHED',
      method: 'PUBLISHED',
      findings: [
        { code: 'LEVEL_UNRECOGNISED', field: 'level', published: label, derived: derived?.code ?? null, difference: null, tolerance: null },
      ],
    };
  }
  const candidates = possibleLevels(framework, total, tools).map((level) => level.code);
  if (derived && !isLevelConsistent(framework.rubric, code, candidates)) {
    return {
      derived,
      effective,
      source: 'PUBLISHED',
      method: 'PUBLISHED',
      findings: [{ code: 'LEVEL_MISMATCH', field: 'level', published: code, derived: derived.code, difference: null, tolerance: null }],
    };
  }
  return { derived, effective, source: 'PUBLISHED', method: 'PUBLISHED', findings: [] };
}
