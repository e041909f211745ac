import { findIndicatorOfItemCode } from './find-indicator-of-item-code';
import { getFramework } from './get-framework';
import { listFrameworks } from './list-frameworks';
import { validateFramework } from './validate-framework';

describe('framework data FY2562–2568', () => {
  it.each(listFrameworks().map((framework) => [framework.fiscalYear, framework] as const))(
    'FY%p is structurally valid',
    (_year, framework) => {
      expect(validateFramework(framework)).toEqual([]);
    },
  );

  it('weights IIT, EIT, OIT 0.30 / 0.30 / 0.40 (max points 30 / 30 / 40) every year', () => {
    for (const framework of listFrameworks()) {
      expect(framework.tools.map(({ code, weight, maxPoints }) => [code, weight, maxPoints])).toEqual([
        ['IIT', 0.3, 30],
        ['EIT', 0.3, 30],
        ['OIT', 0.4, 40],
      ]);
    }
  });

  it('assigns indicators 1–5 to IIT, 6–8 to EIT, 9–10 to OIT', () => {
    expect(getFramework(2566).tools.map((tool) => tool.indicators)).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8],
      [9, 10],
    ]);
  });

  it('names the indicators in Thai and (PSU) English', () => {
    const names = getFramework(2568).indicators.map(({ number, tool, nameTh, nameEn }) => `${number} ${tool} ${nameTh} ${nameEn}`);
    expect(names).toEqual([
      '1 IIT การปฏิบัติหน้าที่ Bribery Fraud',
      '2 IIT การใช้งบประมาณ Budget Misallocation',
      '3 IIT การใช้อำนาจ Power Distortion',
      '4 IIT การใช้ทรัพย์สินของราชการ Asset Misappropriation',
      '5 IIT การแก้ไขปัญหาการทุจริต Anti-Corruption Improvement',
      '6 EIT คุณภาพการดำเนินงาน Service Quality',
      '7 EIT ประสิทธิภาพการสื่อสาร Communication Efficiency',
      '8 EIT การปรับปรุงระบบการทำงาน Procedure Improvement',
      '9 OIT การเปิดเผยข้อมูล Open Data',
      '10 OIT การป้องกันการทุจริต Anti-Corruption Practice',
    ]);
    expect(getFramework(2568).indicators[2].otherNamesEn).toEqual(['Use of authority']);
  });

  it('uses AA–F for 2562–2565 and pass levels from 2566', () => {
    expect(listFrameworks().map((framework) => [framework.fiscalYear, framework.rubric.id])).toEqual([
      [2562, 'RATING_AA_F'],
      [2563, 'RATING_AA_F'],
      [2564, 'RATING_AA_F'],
      [2565, 'RATING_AA_F'],
      [2566, 'PASS_LEVELS'],
      [2567, 'PASS_LEVELS'],
      [2568, 'PASS_LEVELS'],
    ]);
  });

  it('defines EIT parts and scores EIT by parts only in 2568', () => {
    for (const framework of listFrameworks()) {
      const eit = framework.tools[1];
      expect([framework.fiscalYear, eit.parts.length, eit.scoring.method]).toEqual(
        framework.fiscalYear === 2568 ? [2568, 2, 'MEAN_OF_PARTS'] : [framework.fiscalYear, 0, 'MEAN_OF_INDICATORS'],
      );
    }
  });

  it('knows the 43 OIT items for 2562–2566 and marks 2567–2568 unknown', () => {
    expect(listFrameworks().map((framework) => [framework.fiscalYear, framework.tools[2].itemCodes.status])).toEqual([
      [2562, 'KNOWN'],
      [2563, 'KNOWN'],
      [2564, 'KNOWN'],
      [2565, 'KNOWN'],
      [2566, 'KNOWN'],
      [2567, 'UNKNOWN'],
      [2568, 'UNKNOWN'],
    ]);
    expect(findIndicatorOfItemCode(getFramework(2563), 'O33')).toBe(9);
    expect(findIndicatorOfItemCode(getFramework(2563), 'o34')).toBe(10);
    expect(findIndicatorOfItemCode(getFramework(2568), 'o1')).toBeNull();
  });

  it('records assumptions and sources for every year, and flags the uncertain rubric parts', () => {
    for (const framework of listFrameworks()) {
      expect(framework.assumptions.length).toBeGreaterThan(0);
      expect(framework.sources.length).toBeGreaterThan(0);
    }
    expect(getFramework(2566).rubric.assumptions.join(' ')).toMatch(/each ≥ 95/);
    expect(
      getFramework(2566)
        .rubric.levels.filter((level) => level.confidence === 'LOW')
        .map((level) => level.code),
    ).toEqual(['NEEDS_IMPROVEMENT', 'URGENT_IMPROVEMENT']);
  });

  it('composes years from shared data instead of copies', () => {
    const [fy2562, fy2563, , fy2565] = listFrameworks();
    expect(fy2563.indicators).toBe(fy2562.indicators);
    expect(fy2565.tools).toBe(fy2562.tools);
    expect(getFramework(2567).rubric).toBe(getFramework(2568).rubric);
    expect(getFramework(2568).indicators[0]).toBe(fy2562.indicators[0]);
  });
});
