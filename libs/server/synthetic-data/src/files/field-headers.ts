import type { PublishedField } from './published-field';

/** The headers of the clean files (docs/import-format.md §1). */
export const FIELD_HEADERS: Readonly<Record<PublishedField, string>> = {
  seq: 'ลำดับ',
  fiscal_year: 'ปีงบประมาณ',
  org_code: 'รหัส อปท.',
  org_name: 'ชื่อหน่วยงาน',
  org_type: 'ประเภท',
  province: 'จังหวัด',
  district: 'อำเภอ',
  indicator_1: 'ตัวชี้วัดที่ 1',
  indicator_2: 'ตัวชี้วัดที่ 2',
  indicator_3: 'ตัวชี้วัดที่ 3',
  indicator_4: 'ตัวชี้วัดที่ 4',
  indicator_5: 'ตัวชี้วัดที่ 5',
  indicator_6: 'ตัวชี้วัดที่ 6',
  indicator_7: 'ตัวชี้วัดที่ 7',
  indicator_8: 'ตัวชี้วัดที่ 8',
  indicator_9: 'ตัวชี้วัดที่ 9',
  indicator_10: 'ตัวชี้วัดที่ 10',
  iit: 'IIT',
  eit: 'EIT',
  eit_part1: 'EIT ส่วนที่ 1',
  eit_part2: 'EIT ส่วนที่ 2',
  oit: 'OIT',
  total: 'คะแนนรวม',
  level: 'ระดับ',
};
