// Thai is the default language and the source of every key. Placeholders are written {name}.
export const messagesTh = {
  'app.title': 'ITA Insight',
  'app.subtitle': 'ระบบวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น',
  'app.skipToContent': 'ข้ามไปยังเนื้อหาหลัก',

  'nav.label': 'เมนูหลัก',
  'nav.home': 'หน้าแรก',
  'nav.about': 'เกี่ยวกับ / แหล่งข้อมูล',

  'language.label': 'ภาษา',
  'language.th': 'ไทย',
  'language.en': 'English',

  'common.loading': 'กำลังโหลดข้อมูล…',
  'common.retry': 'ลองอีกครั้ง',
  'common.fiscalYear': 'ปีงบประมาณ {year}',
  'common.none': '–',

  'error.network.title': 'เชื่อมต่อเซิร์ฟเวอร์ไม่ได้',
  'error.network.detail': 'โปรดตรวจสอบการเชื่อมต่อเครือข่าย แล้วลองอีกครั้ง',
  'error.server.title': 'เซิร์ฟเวอร์ขัดข้อง (รหัส HTTP {status})',
  'error.server.detail': 'โปรดลองอีกครั้งในภายหลัง หากยังพบปัญหา โปรดแจ้งผู้ดูแลระบบ',
  'error.graphql.title': 'เซิร์ฟเวอร์ไม่สามารถตอบคำขอนี้ได้',
  'error.unknown.title': 'เกิดข้อผิดพลาดที่ไม่คาดคิด',

  'home.title': 'ITA Insight',
  'home.intro':
    'ITA Insight รวบรวมผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ที่สำนักงาน ป.ป.ช. เผยแพร่ สำหรับองค์กรปกครองส่วนท้องถิ่น (อปท.) ทั่วประเทศ เพื่อดูแนวโน้มคะแนนรายปี เปรียบเทียบกับหน่วยงานประเภทเดียวกัน และค้นหาตัวชี้วัดที่ควรปรับปรุง',

  'provinces.title': 'จังหวัด',
  'provinces.count': 'จำนวนจังหวัด',
  'provinces.tableCaption': 'รายชื่อจังหวัด',
  'provinces.column.code': 'รหัส',
  'provinces.column.nameTh': 'ชื่อภาษาไทย',
  'provinces.column.nameEn': 'ชื่อภาษาอังกฤษ',
  'provinces.column.region': 'ภาค',
  'provinces.empty': 'ยังไม่มีข้อมูลจังหวัด',

  'org.search.title': 'ค้นหา อปท. ด้วยรหัส',
  'org.search.label': 'รหัส อปท. (7 หลัก)',
  'org.search.hint': 'รหัสของกรมส่งเสริมการปกครองท้องถิ่น เช่น 5451607 พิมพ์เลขไทยได้',
  'org.search.submit': 'ค้นหา',
  'org.search.invalid': 'รหัส อปท. ต้องเป็นตัวเลข 7 หลัก',
  'org.notFound': 'ไม่พบ อปท. รหัส {code}',
  'org.notFoundHint': 'ตรวจสอบรหัสอีกครั้ง รหัส อปท. มี 7 หลัก และไม่ใช่รหัสจังหวัดหรืออำเภอ',
  'org.field.code': 'รหัส อปท.',
  'org.field.type': 'ประเภท',
  'org.field.province': 'จังหวัด',
  'org.field.district': 'รหัสอำเภอ',
  'org.results.title': 'ผลการประเมิน ITA',
  'org.results.empty': 'ยังไม่มีผลการประเมิน',
  'org.results.tableCaption': 'คะแนน ITA รายปีงบประมาณ',
  'org.results.column.year': 'ปีงบประมาณ',
  'org.results.column.total': 'คะแนนรวม',
  'org.results.column.level': 'ระดับ',
  'org.chart.label': 'กราฟเส้นคะแนนรวม ITA รายปีงบประมาณของ {name}',
  'org.chart.series': 'คะแนนรวม',

  'orgType.PAO': 'อบจ.',
  'orgType.CITY_MUNICIPALITY': 'เทศบาลนคร',
  'orgType.TOWN_MUNICIPALITY': 'เทศบาลเมือง',
  'orgType.SUBDISTRICT_MUNICIPALITY': 'เทศบาลตำบล',
  'orgType.SAO': 'อบต.',
  'orgType.SPECIAL': 'ท้องถิ่นรูปแบบพิเศษ',

  'about.title': 'เกี่ยวกับ / แหล่งข้อมูล',
  'about.intro':
    'ITA Insight ช่วยองค์กรปกครองส่วนท้องถิ่น สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด และกรมส่งเสริมการปกครองท้องถิ่น อ่านผลการประเมิน ITA ที่เผยแพร่แล้ว คะแนนแสดงตามที่เผยแพร่ ปีงบประมาณแสดงเป็นพุทธศักราช',
  'about.sourcesTitle': 'แหล่งข้อมูลและการอ้างอิง',
  'about.sourcesNote': 'ข้อความอ้างอิงด้านล่างคงไว้ตามต้นฉบับตามเงื่อนไขสัญญาอนุญาตของแต่ละแหล่ง',

  'notFound.title': 'ไม่พบหน้าที่ต้องการ',
  'notFound.body': 'ไม่มีหน้า {path} ในระบบ',
  'notFound.back': 'กลับหน้าแรก',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof messagesTh;
