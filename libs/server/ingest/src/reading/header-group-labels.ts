/**
 * Labels that sit above a second header row and name a group of columns rather than one column: a merged
 * "ตัวชี้วัด" over 1 … 10, or "เครื่องมือ" over IIT / EIT / OIT. Compared after normaliseHeader.
 */
export const HEADER_GROUP_LABELS = {
  /** Over the numbers 1 … 10 (or the indicator names): "ตัวชี้วัด" + "1" → indicator_1. */
  indicators: [
    'ตัวชี้วัด',
    'ตัวชี้วัดที่',
    'คะแนนรายตัวชี้วัด',
    'คะแนนตัวชี้วัด',
    'ผลคะแนนรายตัวชี้วัด',
    'คะแนนแยกตามตัวชี้วัด',
    'indicator',
    'indicators',
    'indicator scores',
  ],
  /** Over IIT / EIT / OIT; a scale word here ("คะแนนถ่วงน้ำหนัก") sets the scale of the tool columns below. */
  tools: [
    'เครื่องมือ',
    'เครื่องมือการประเมิน',
    'เครื่องมือที่ใช้ในการประเมิน',
    'คะแนนรายเครื่องมือ',
    'คะแนนแยกตามเครื่องมือ',
    'คะแนนถ่วงน้ำหนัก',
    'คะแนนร้อยละ',
    'tool',
    'tools',
    'tool scores',
    'weighted points',
  ],
} as const;
