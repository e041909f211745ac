import type { BilingualText } from './bilingual-text';
import type { CanonicalField } from './canonical-field';

/** How messages name each canonical field to a clerk. */
export const FIELD_LABELS: Record<CanonicalField, BilingualText> = {
  fiscal_year: { th: 'ปีงบประมาณ', en: 'fiscal year' },
  org_code: { th: 'รหัส อปท.', en: 'DLA code' },
  org_name: { th: 'ชื่อหน่วยงาน', en: 'organisation name' },
  org_type: { th: 'ประเภท อปท.', en: 'organisation type' },
  province: { th: 'จังหวัด', en: 'province' },
  district: { th: 'อำเภอ', en: 'district' },
  total: { th: 'คะแนนรวม', en: 'total score' },
  level: { th: 'ระดับผลการประเมิน', en: 'level' },
  iit: { th: 'IIT', en: 'IIT' },
  eit: { th: 'EIT', en: 'EIT' },
  oit: { th: 'OIT', en: 'OIT' },
  eit_part1: { th: 'EIT ส่วนที่ 1', en: 'EIT part 1' },
  eit_part2: { th: 'EIT ส่วนที่ 2', en: 'EIT part 2' },
  indicator_1: { th: 'ตัวชี้วัดที่ 1', en: 'indicator 1' },
  indicator_2: { th: 'ตัวชี้วัดที่ 2', en: 'indicator 2' },
  indicator_3: { th: 'ตัวชี้วัดที่ 3', en: 'indicator 3' },
  indicator_4: { th: 'ตัวชี้วัดที่ 4', en: 'indicator 4' },
  indicator_5: { th: 'ตัวชี้วัดที่ 5', en: 'indicator 5' },
  indicator_6: { th: 'ตัวชี้วัดที่ 6', en: 'indicator 6' },
  indicator_7: { th: 'ตัวชี้วัดที่ 7', en: 'indicator 7' },
  indicator_8: { th: 'ตัวชี้วัดที่ 8', en: 'indicator 8' },
  indicator_9: { th: 'ตัวชี้วัดที่ 9', en: 'indicator 9' },
  indicator_10: { th: 'ตัวชี้วัดที่ 10', en: 'indicator 10' },
  item_code: { th: 'รหัสข้อ', en: 'item code' },
  item_score: { th: 'คะแนนรายข้อ', en: 'item score' },
};
