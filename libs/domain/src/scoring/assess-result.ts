import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import { assessLevel } from './assess-level';
import { assessTool } from './assess-tool';
import type { Assessment } from './assessment';
import { deriveTotal } from './derive-total';
import { isScore } from './is-score';
import type { PublishedResult } from './published-result';
import { scoreFinding } from './score-finding';
import { SCORE_TOLERANCE } from './score-tolerance';

/**
 * Checks a published result against the year's rules and fills what is missing.
 * Effective values are the published ones where present, else derived: tools from weighted points
 * (points ÷ weight), else from indicators (EIT from its parts where the year defines them); the total from
 * the effective tools as stored (2 decimals); the level from the rubric. Published values always win;
 * disagreements become findings.
 * Tolerance: 0.01 — except a total checked against tools converted from points, where the points' own
 * rounding is magnified by ÷ weight, so 0.02.
 */
export function assessResult(framework: AssessmentFramework, published: PublishedResult): Assessment {
  const { indicators } = published;
  const iit = assessTool(framework, 'IIT', indicators, { score: published.iit, points: published.iitPoints });
  const eit = assessTool(framework, 'EIT', indicators, {
    score: published.eit,
    points: published.eitPoints,
    parts: { 1: published.eitPart1, 2: published.eitPart2 },
  });
  const oit = assessTool(framework, 'OIT', indicators, { score: published.oit, points: published.oitPoints });
  const tools = { IIT: iit.effective, EIT: eit.effective, OIT: oit.effective };

  const derivedTotal = deriveTotal(framework, tools);
  const publishedTotal = isScore(published.total) ? published.total : null;
  const total = publishedTotal ?? derivedTotal;
  const fromPoints = iit.method === 'FROM_POINTS' || eit.method === 'FROM_POINTS' || oit.method === 'FROM_POINTS';
  const totalFinding =
    publishedTotal !== null && derivedTotal !== null
      ? scoreFinding('TOTAL_MISMATCH', 'total', publishedTotal, derivedTotal, fromPoints ? 2 * SCORE_TOLERANCE : SCORE_TOLERANCE)
      : null;

  const level = assessLevel(framework, published.level, total, tools);

  return {
    derived: { iit: iit.derived, eit: eit.derived, oit: oit.derived, total: derivedTotal, level: level.derived },
    effective: {
      iit: iit.effective,
      eit: eit.effective,
      oit: oit.effective,
      total,
      level: level.effective,
      sources: {
        total: publishedTotal !== null ? 'PUBLISHED' : derivedTotal !== null ? 'DERIVED' : null,
        iit: iit.source,
        eit: eit.source,
        oit: oit.source,
        level: level.source,
      },
      methods: {
        total: publishedTotal !== null ? 'PUBLISHED' : derivedTotal !== null ? 'WEIGHTED_TOOLS' : null,
        iit: iit.method,
        eit: eit.method,
        oit: oit.method,
        level: level.method,
      },
    },
    findings: [...iit.findings, ...eit.findings, ...oit.findings, ...(totalFinding ? [totalFinding] : []), ...level.findings],
  };
}
