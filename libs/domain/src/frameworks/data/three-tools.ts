import type { ToolDefinition } from '../model/tool-definition';
import { itemRange } from './item-range';

/** IIT / EIT / OIT with the 30/30/40 weights and the 43-item OIT frame of FY2562–2566. */
export const THREE_TOOLS: readonly ToolDefinition[] = [
  {
    code: 'IIT',
    nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
    nameEn: 'Internal Integrity and Transparency Assessment',
    weight: 0.3,
    maxPoints: 30,
    indicators: [1, 2, 3, 4, 5],
    scoring: { method: 'MEAN_OF_INDICATORS' },
    parts: [],
    itemCodes: itemRange('i', 1, 30, 'MEDIUM'),
  },
  {
    code: 'EIT',
    nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
    nameEn: 'External Integrity and Transparency Assessment',
    weight: 0.3,
    maxPoints: 30,
    indicators: [6, 7, 8],
    scoring: { method: 'MEAN_OF_INDICATORS' },
    parts: [],
    itemCodes: itemRange('e', 1, 15, 'LOW'),
  },
  {
    code: 'OIT',
    nameTh: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ',
    nameEn: 'Open Data Integrity and Transparency Assessment',
    weight: 0.4,
    maxPoints: 40,
    indicators: [9, 10],
    scoring: { method: 'MEAN_OF_INDICATORS' },
    parts: [],
    itemCodes: itemRange('o', 1, 43, 'MEDIUM'),
  },
];
