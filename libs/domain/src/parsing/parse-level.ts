import type { AssessmentFramework } from '../frameworks/model/assessment-framework';
import type { LevelCode } from '../frameworks/model/level-code';
import type { LevelGroupCode } from '../frameworks/model/level-group-code';
import type { LevelRubric } from '../frameworks/model/level-rubric';
import { levelKey } from './level-key';
import { memoByText } from './memo-by-text';

const cache = new WeakMap<LevelRubric, ReadonlyMap<string, LevelCode | LevelGroupCode>>();
// A file repeats a handful of levels thousands of times: each label is parsed once per rubric.
const parsed = new WeakMap<LevelRubric, (raw: string) => LevelCode | LevelGroupCode | null>();

function aliasesOf(rubric: LevelRubric): ReadonlyMap<string, LevelCode | LevelGroupCode> {
  let aliases = cache.get(rubric);
  if (!aliases) {
    aliases = new Map<string, LevelCode | LevelGroupCode>([
      ...rubric.levels.flatMap((level) =>
        [level.code, level.labelTh, level.labelEn, ...level.aliases].map((alias) => [levelKey(alias), level.code] as const),
      ),
      ...rubric.groups.flatMap((group) =>
        [group.labelTh, group.labelEn, ...group.aliases].map((alias) => [levelKey(alias), group.code] as const),
      ),
    ]);
    cache.set(rubric, aliases);
  }
  return aliases;
}

/**
 * A published level string → the year's level code, or a group code (NOT_PASSED for "ไม่ผ่าน", PASSED for
 * "ผ่าน" in AA–F years). Case, spaces, punctuation, Thai digits and a printed score ("AA (95.20)") are ignored.
 * "Excellent (ผ่านดีเยี่ยม)" is read part by part and accepted when the parts agree. Anything else → null:
 * an unrecognised level stays unknown rather than guessed (e.g. "A" in a pass-level year).
 */
export function parseLevel(raw: string | null | undefined, framework: AssessmentFramework): LevelCode | LevelGroupCode | null {
  if (raw === null || raw === undefined) return null;
  const { rubric } = framework;
  let parse = parsed.get(rubric);
  if (!parse) parsed.set(rubric, (parse = memoByText((text) => parseUncached(text, rubric), 256)));
  return parse(raw);
}

function parseUncached(raw: string, rubric: LevelRubric): LevelCode | LevelGroupCode | null {
  const aliases = aliasesOf(rubric);
  const whole = levelKey(raw);
  if (whole === '') return null;
  const direct = aliases.get(whole);
  if (direct) return direct;

  const parts = raw
    .split(/[()[\]/|,;:\-–—]+/)
    .map(levelKey)
    .filter((part) => part !== '');
  if (parts.length < 2) return null;
  const codes = parts.map((part) => aliases.get(part));
  if (codes.some((code) => code === undefined)) return null;
  const levels = new Set(codes.filter((code) => rubric.levels.some((level) => level.code === code)));
  const groups = codes.filter((code) => rubric.groups.some((group) => group.code === code));
  if (levels.size > 1) return null;
  const [level] = [...levels] as LevelCode[];
  if (level === undefined) return new Set(groups).size === 1 ? (groups[0] as LevelGroupCode) : null;
  const agrees = groups.every((code) => rubric.groups.find((group) => group.code === code)?.members.includes(level));
  return agrees ? level : null;
}
