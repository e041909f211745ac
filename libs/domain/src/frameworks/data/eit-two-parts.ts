import type { ToolPartDefinition } from '../model/tool-part-definition';

/** EIT part 1 / part 2 as reported in FY2568. Their meaning is inferred (docs/ita-domain.md §2). */
export const EIT_TWO_PARTS: readonly ToolPartDefinition[] = [
  {
    part: 1,
    nameTh: 'EIT ส่วนที่ 1',
    nameEn: 'EIT part 1',
    description: 'Inferred: service users answering by themselves through the agency ITAS link / QR code.',
    confidence: 'LOW',
  },
  {
    part: 2,
    nameTh: 'EIT ส่วนที่ 2',
    nameEn: 'EIT part 2',
    description: 'Inferred: respondents drawn from contact lists the agency uploads, contacted by NACC assessors.',
    confidence: 'LOW',
  },
];
