import { INDICATOR_NUMBERS, listFrameworks } from '@ita/domain';
import { CanonicalField } from './canonical-field';
import type { HeaderAlias } from './header-alias';

const F = CanonicalField;
const TOOL_FIELDS = { IIT: F.Iit, EIT: F.Eit, OIT: F.Oit } as const;
const EIT_PART_FIELDS: Record<number, CanonicalField> = { 1: F.EitPart1, 2: F.EitPart2 };

/** Indicator and tool names as the domain knows them, over every fiscal year (names rarely change, but may). */
function namesFromFrameworks(): HeaderAlias[] {
  const aliases: HeaderAlias[] = [];
  for (const framework of listFrameworks()) {
    for (const indicator of framework.indicators) {
      const field = `indicator_${indicator.number}` as CanonicalField;
      aliases.push({ field, texts: [indicator.nameTh, indicator.nameEn, ...indicator.otherNamesEn] });
    }
    for (const tool of framework.tools) {
      const field = TOOL_FIELDS[tool.code];
      aliases.push({
        field,
        texts: [tool.nameTh, tool.nameEn, `${tool.nameTh} ${tool.code}`, `${tool.code} ${tool.nameTh}`, `${tool.nameEn} ${tool.code}`],
      });
      if (tool.code !== 'EIT') continue;
      for (const part of tool.parts) {
        const partField = EIT_PART_FIELDS[part.part];
        if (partField) aliases.push({ field: partField, texts: [part.nameTh, part.nameEn] });
      }
    }
  }
  return aliases;
}

function indicatorNumberAliases(): HeaderAlias[] {
  return INDICATOR_NUMBERS.flatMap((n): HeaderAlias[] => {
    const field = `indicator_${n}` as CanonicalField;
    return [
      { field, texts: [`ตัวชี้วัดที่ ${n}`, `ตัวชี้วัด ${n}`, `indicator ${n}`, `ind ${n}`] },
      // In an ITEMS table i1, i2 … are item codes (values), never headers.
      { field, texts: [`i${n}`], kind: 'WIDE' },
    ];
  });
}

/**
 * Header aliases per canonical field (docs/import-format.md §1, §5). Matching is exact on normaliseHeader keys;
 * "ตัวชี้วัดที่ N <name>", scale marks such as "(30)" / "ร้อยละ" and a leading "คะแนน" are handled by matchHeader.
 * Columns not listed here (ลำดับ, ที่, No., remarks …) are ignored.
 */
export const HEADER_ALIASES: readonly HeaderAlias[] = [
  {
    field: F.FiscalYear,
    texts: ['ปีงบประมาณ', 'ปีงบ', 'ปีงบประมาณ พ.ศ.', 'ปี', 'ปี พ.ศ.', 'พ.ศ.', 'ปีที่ประเมิน', 'fiscal year', 'year', 'FY', 'budget year'],
  },
  {
    field: F.OrgCode,
    texts: [
      'รหัส อปท.',
      'รหัส อปท',
      'รหัสหน่วยงาน',
      'รหัส',
      'รหัสองค์กรปกครองส่วนท้องถิ่น',
      'รหัสท้องถิ่น',
      'dla code',
      'org code',
      'organisation code',
      'organization code',
      'code',
    ],
  },
  {
    field: F.OrgName,
    texts: [
      'ชื่อหน่วยงาน',
      'หน่วยงาน',
      'ชื่อ อปท.',
      'ชื่อ อปท',
      'อปท.',
      'ชื่อองค์กรปกครองส่วนท้องถิ่น',
      'องค์กรปกครองส่วนท้องถิ่น',
      'ชื่อ',
      'organisation',
      'organization',
      'organisation name',
      'organization name',
      'agency',
      'agency name',
      'name',
    ],
  },
  {
    field: F.OrgType,
    texts: [
      'ประเภท',
      'ประเภทหน่วยงาน',
      'ประเภท อปท.',
      'ประเภทองค์กรปกครองส่วนท้องถิ่น',
      'type',
      'org type',
      'organisation type',
      'organization type',
      'agency type',
    ],
  },
  { field: F.Province, texts: ['จังหวัด', 'ชื่อจังหวัด', 'province', 'province name'] },
  { field: F.District, texts: ['อำเภอ', 'ชื่ออำเภอ', 'district', 'amphoe'] },
  {
    field: F.Total,
    texts: ['คะแนนรวม', 'คะแนน ITA', 'คะแนนรวม ITA', 'ผลคะแนน ITA', 'คะแนนผลการประเมิน', 'ITA', 'total', 'total score', 'ITA score'],
  },
  { field: F.Total, texts: ['คะแนน', 'ผลคะแนน', 'score'], kind: 'WIDE' },
  {
    field: F.Level,
    texts: ['ระดับ', 'ระดับผลการประเมิน', 'ผลการประเมิน', 'ระดับคะแนน', 'ระดับผล', 'level', 'grade', 'rating', 'ITA level'],
  },
  { field: F.Iit, texts: ['IIT'] },
  { field: F.Eit, texts: ['EIT'] },
  { field: F.Oit, texts: ['OIT'] },
  { field: F.EitPart1, texts: ['EIT ส่วนที่ 1', 'EIT ส่วน 1', 'EIT part 1'] },
  { field: F.EitPart2, texts: ['EIT ส่วนที่ 2', 'EIT ส่วน 2', 'EIT part 2'] },
  ...indicatorNumberAliases(),
  ...namesFromFrameworks(),
  { field: F.ItemCode, texts: ['รหัสข้อ', 'ข้อ', 'ข้อคำถาม', 'รหัสข้อคำถาม', 'รหัสคำถาม', 'item', 'item code', 'question', 'question code'] },
  { field: F.ItemScore, texts: ['คะแนน', 'ผลคะแนน', 'score', 'คะแนนข้อ', 'คะแนนรายข้อ', 'คะแนนที่ได้', 'item score'], kind: 'ITEMS' },
];
