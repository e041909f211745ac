const THAI_PREFIXES = ['หมายเหตุ', 'ที่มา', 'แหล่งข้อมูล', 'แหล่งที่มา', 'ข้อมูล ณ', 'ลงชื่อ', 'ผู้จัดทำ', 'จัดทำโดย', 'ผู้รายงาน', '*', '※'];
const ENGLISH = /^(?:notes?|remarks?|sources?|prepared by|data as of)\b/i;

/** The first text of a row that starts a footer: a note, the source, a signature line, a footnote mark. */
export function isFooterText(text: string): boolean {
  return THAI_PREFIXES.some((prefix) => text.startsWith(prefix)) || ENGLISH.test(text);
}
