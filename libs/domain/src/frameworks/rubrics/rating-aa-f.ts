import type { LevelRubric } from '../model/level-rubric';

/** Rating score AA–F on the total, FY2562–2565. Bands have inclusive lower bounds. */
export const RATING_AA_F: LevelRubric = {
  id: 'RATING_AA_F',
  nameEn: 'Rating score AA–F',
  levels: [
    { code: 'AA', labelTh: 'AA', labelEn: 'AA', minTotal: 95, passes: true, order: 1, aliases: ['AA'], confidence: 'HIGH' },
    { code: 'A', labelTh: 'A', labelEn: 'A', minTotal: 85, passes: true, order: 2, aliases: ['A'], confidence: 'HIGH' },
    { code: 'B', labelTh: 'B', labelEn: 'B', minTotal: 75, passes: false, order: 3, aliases: ['B'], confidence: 'HIGH' },
    { code: 'C', labelTh: 'C', labelEn: 'C', minTotal: 65, passes: false, order: 4, aliases: ['C'], confidence: 'HIGH' },
    { code: 'D', labelTh: 'D', labelEn: 'D', minTotal: 55, passes: false, order: 5, aliases: ['D'], confidence: 'HIGH' },
    { code: 'E', labelTh: 'E', labelEn: 'E', minTotal: 50, passes: false, order: 6, aliases: ['E'], confidence: 'HIGH' },
    { code: 'F', labelTh: 'F', labelEn: 'F', minTotal: 0, passes: false, order: 7, aliases: ['F'], confidence: 'HIGH' },
  ],
  groups: [
    { code: 'PASSED', labelTh: 'ผ่าน', labelEn: 'Passed', members: ['AA', 'A'], aliases: ['ผ่าน', 'ผ่านเกณฑ์', 'pass', 'passed'] },
    {
      code: 'NOT_PASSED',
      labelTh: 'ไม่ผ่าน',
      labelEn: 'Not passed',
      members: ['B', 'C', 'D', 'E', 'F'],
      aliases: ['ไม่ผ่าน', 'ไม่ผ่านเกณฑ์', 'สอบตก', 'fail', 'failed', 'not passed', 'not pass'],
    },
  ],
  assumptions: ['"Pass" (ผ่าน) in AA–F years means AA or A (total ≥ 85), as used by Nation 2022 and the PSU FY2564 report.'],
  sources: [
    'https://sme.go.th/uploads/eBooks/eBook_65/files/basic-html/page80.html',
    'https://www.ipst.ac.th/news/76226/ita67.html',
    'https://online.anyflip.com/qxtmp/cuda/files/basic-html/page17.html',
  ],
};
