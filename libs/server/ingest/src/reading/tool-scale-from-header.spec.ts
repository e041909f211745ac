import { toolScaleFromHeader } from './tool-scale-from-header';

describe('toolScaleFromHeader', () => {
  it.each(['IIT (30)', 'OIT (40)', 'EIT (30 คะแนน)', 'IIT ๓๐ คะแนน', 'คะแนนถ่วงน้ำหนัก IIT', 'IIT weighted', 'OIT points', 'EIT pts'])(
    '%s is in weighted points',
    (header) => {
      expect(toolScaleFromHeader(header)).toBe('POINTS');
    },
  );

  it.each(['IIT (100)', 'EIT ร้อยละ', 'OIT (%)', 'คะแนน (ร้อยละ) IIT', 'IIT percent', 'OIT (๑๐๐ คะแนน)'])(
    '%s is on the 0–100 scale',
    (header) => {
      expect(toolScaleFromHeader(header)).toBe('SCORE');
    },
  );

  it.each(['IIT', 'คะแนน EIT', 'OIT 2566', 'IIT ร้อยละ 30', 'IIT (30.5)'])('%s does not say', (header) => {
    expect(toolScaleFromHeader(header)).toBeNull();
  });
});
