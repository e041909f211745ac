import { matchHeader } from './match-header';

describe('matchHeader', () => {
  it.each([
    ['ปีงบประมาณ', 'fiscal_year'],
    ['ปี พ.ศ.', 'fiscal_year'],
    ['พ.ศ.', 'fiscal_year'],
    ['Fiscal Year', 'fiscal_year'],
    ['FY', 'fiscal_year'],
    ['รหัส อปท.', 'org_code'],
    ['รหัสอปท', 'org_code'],
    ['รหัสหน่วยงาน', 'org_code'],
    ['DLA code', 'org_code'],
    ['Code', 'org_code'],
    ['ชื่อหน่วยงาน', 'org_name'],
    ['ชื่อ อปท.', 'org_name'],
    ['อปท.', 'org_name'],
    ['Organization', 'org_name'],
    ['Agency', 'org_name'],
    ['ประเภท อปท.', 'org_type'],
    ['Type', 'org_type'],
    ['จังหวัด', 'province'],
    ['อำเภอ', 'district'],
    ['คะแนนรวม', 'total'],
    ['คะแนน ITA', 'total'],
    ['คะแนน', 'total'],
    ['ผลคะแนน', 'total'],
    ['ITA score', 'total'],
    ['Total', 'total'],
    ['คะแนนรวม (100 คะแนน)', 'total'],
    ['ระดับผลการประเมิน', 'level'],
    ['ผลการประเมิน', 'level'],
    ['Grade', 'level'],
    ['Rating', 'level'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header, 'WIDE')).toBe(field);
  });

  it.each([
    ['IIT', 'iit'],
    ['IIT (30)', 'iit'],
    ['EIT (30 คะแนน)', 'eit'],
    ['OIT (40)', 'oit'],
    ['OIT ร้อยละ', 'oit'],
    ['คะแนน IIT', 'iit'],
    ['คะแนน EIT (100)', 'eit'],
    ['IIT score', 'iit'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', 'iit'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', 'eit'],
    ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ', 'oit'],
    ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', 'iit'],
    ['EIT ส่วนที่ 1', 'eit_part1'],
    ['EIT part 2', 'eit_part2'],
    ['EIT (ส่วนที่ ๒)', 'eit_part2'],
    ['EIT ส่วนที่ 1 (30)', 'eit_part1'],
  ])('tool column %s → %s', (header, field) => {
    expect(matchHeader(header, 'WIDE')).toBe(field);
  });

  it.each([
    ['ตัวชี้วัดที่ 1', 'indicator_1'],
    ['ตัวชี้วัดที่ ๔', 'indicator_4'],
    ['ตัวชี้วัด ที่ 4', 'indicator_4'],
    ['ตัวชี้วัด  ที่\u00a04', 'indicator_4'],
    ['ตัวชี้วัด 7', 'indicator_7'],
    ['ตัวชี้วัดที่ 10', 'indicator_10'],
    ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', 'indicator_2'],
    ['ตัวชี้วัดที่ 3 (100)', 'indicator_3'],
    ['คะแนนตัวชี้วัดที่ 9', 'indicator_9'],
    ['i1', 'indicator_1'],
    ['I10', 'indicator_10'],
    ['การปฏิบัติหน้าที่', 'indicator_1'],
    ['การใช้งบประมาณ', 'indicator_2'],
    ['การใช้อำนาจ', 'indicator_3'],
    ['การใช้ทรัพย์สินของราชการ', 'indicator_4'],
    ['การแก้ไขปัญหาการทุจริต', 'indicator_5'],
    ['คุณภาพการดำเนินงาน', 'indicator_6'],
    ['ประสิทธิภาพการสื่อสาร', 'indicator_7'],
    ['การปรับปรุงระบบการทำงาน', 'indicator_8'],
    ['การเปิดเผยข้อมูล', 'indicator_9'],
    ['การป้องกันการทุจริต', 'indicator_10'],
  ])('indicator column %s → %s', (header, field) => {
    expect(matchHeader(header, 'WIDE')).toBe(field);
  });

  it('does not confuse prefixes: "คะแนน IIT" is IIT, "คะแนนรวม" is the total, indicator 1 is not 10', () => {
    expect(matchHeader('คะแนน IIT', 'WIDE')).toBe('iit');
    expect(matchHeader('คะแนนรวม', 'WIDE')).toBe('total');
    expect(matchHeader('ตัวชี้วัดที่ 1', 'WIDE')).not.toBe(matchHeader('ตัวชี้วัดที่ 10', 'WIDE'));
    expect(matchHeader('รหัสข้อ', 'WIDE')).toBe('item_code');
  });

  it.each(['ลำดับ', 'ลำดับที่', 'ที่', 'No.', 'หมายเหตุ', 'ตัวชี้วัดที่ 11', 'ตัวชี้วัดที่ 9.1', 'ตัวชี้วัด', 'เบอร์โทร', ''])('ignores %j', (header) => {
    expect(matchHeader(header, 'WIDE')).toBeNull();
  });

  it('reads "คะแนน" / "score" as the item score and i1 … as nothing in an ITEMS table', () => {
    expect(matchHeader('คะแนน', 'ITEMS')).toBe('item_score');
    expect(matchHeader('Score', 'ITEMS')).toBe('item_score');
    expect(matchHeader('ข้อ', 'ITEMS')).toBe('item_code');
    expect(matchHeader('Question', 'ITEMS')).toBe('item_code');
    expect(matchHeader('i1', 'ITEMS')).toBeNull();
    expect(matchHeader('รหัส อปท.', 'ITEMS')).toBe('org_code');
  });
});
