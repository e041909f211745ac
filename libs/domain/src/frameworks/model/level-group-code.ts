/** A published wording that names a family of levels rather than one level (e.g. "ไม่ผ่าน"). */
export type LevelGroupCode = 'PASSED' | 'NOT_PASSED';
