/**
 * The first text of a summary row: รวม, รวมทั้งสิ้น, ภาพรวมจังหวัด, เฉลี่ย, ค่าเฉลี่ย, Total, Average … "รวม" must stand
 * alone (or be followed by ทั้ง…, a space, a digit or punctuation) so that a name such as "รวมใจ" is not a summary.
 */
const SUMMARY = /^(?:รวม(?=$|ทั้ง|[\s\d:：(（-])|ภาพรวม|ค่าเฉลี่ย|คะแนนเฉลี่ย|เฉลี่ย|(?:grand\s+|sub\s*)?total\b|sum\b|average\b|mean\b)/i;

export function isSummaryText(text: string): boolean {
  return SUMMARY.test(text);
}
