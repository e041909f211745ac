import type { IndicatorDefinition } from '../model/indicator-definition';
import { itemRange } from './item-range';

/**
 * The ten indicators used since FY2562 (names unchanged through 2568), with the item codes of the
 * 43-item OIT frame of FY2562–2566. IIT: 6 questions per indicator is inferred from 30 ÷ 5; EIT e1–e15
 * (5 per indicator) has no source.
 */
export const TEN_INDICATORS: readonly IndicatorDefinition[] = [
  { number: 1, tool: 'IIT', nameTh: 'การปฏิบัติหน้าที่', nameEn: 'Bribery Fraud', otherNamesEn: [], itemCodes: itemRange('i', 1, 6, 'MEDIUM') },
  {
    number: 2,
    tool: 'IIT',
    nameTh: 'การใช้งบประมาณ',
    nameEn: 'Budget Misallocation',
    otherNamesEn: [],
    itemCodes: itemRange('i', 7, 12, 'LOW'),
  },
  {
    number: 3,
    tool: 'IIT',
    nameTh: 'การใช้อำนาจ',
    nameEn: 'Power Distortion',
    otherNamesEn: ['Use of authority'],
    itemCodes: itemRange('i', 13, 18, 'LOW'),
  },
  {
    number: 4,
    tool: 'IIT',
    nameTh: 'การใช้ทรัพย์สินของราชการ',
    nameEn: 'Asset Misappropriation',
    otherNamesEn: [],
    itemCodes: itemRange('i', 19, 24, 'LOW'),
  },
  {
    number: 5,
    tool: 'IIT',
    nameTh: 'การแก้ไขปัญหาการทุจริต',
    nameEn: 'Anti-Corruption Improvement',
    otherNamesEn: [],
    itemCodes: itemRange('i', 25, 30, 'LOW'),
  },
  {
    number: 6,
    tool: 'EIT',
    nameTh: 'คุณภาพการดำเนินงาน',
    nameEn: 'Service Quality',
    otherNamesEn: [],
    itemCodes: itemRange('e', 1, 5, 'LOW'),
  },
  {
    number: 7,
    tool: 'EIT',
    nameTh: 'ประสิทธิภาพการสื่อสาร',
    nameEn: 'Communication Efficiency',
    otherNamesEn: [],
    itemCodes: itemRange('e', 6, 10, 'LOW'),
  },
  {
    number: 8,
    tool: 'EIT',
    nameTh: 'การปรับปรุงระบบการทำงาน',
    nameEn: 'Procedure Improvement',
    otherNamesEn: ['System improvement'],
    itemCodes: itemRange('e', 11, 15, 'LOW'),
  },
  { number: 9, tool: 'OIT', nameTh: 'การเปิดเผยข้อมูล', nameEn: 'Open Data', otherNamesEn: [], itemCodes: itemRange('o', 1, 33, 'MEDIUM') },
  {
    number: 10,
    tool: 'OIT',
    nameTh: 'การป้องกันการทุจริต',
    nameEn: 'Anti-Corruption Practice',
    otherNamesEn: [],
    itemCodes: itemRange('o', 34, 43, 'MEDIUM'),
  },
];
