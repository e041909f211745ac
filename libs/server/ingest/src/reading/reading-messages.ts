import type { BilingualText } from './bilingual-text';
import type { CanonicalField } from './canonical-field';
import { FIELD_LABELS } from './field-labels';
import { HEADER_SCAN_ROWS } from './header-scan-rows';

const join = (text: BilingualText): string => `${text.th} / ${text.en}`;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const fieldList = (fields: readonly CanonicalField[]): BilingualText => ({
  th: fields.map((f) => FIELD_LABELS[f].th).join(', '),
  en: fields.map((f) => FIELD_LABELS[f].en).join(', '),
});
const SAVE_AS = {
  th: 'เปิดไฟล์ใน Excel แล้วเลือก "บันทึกเป็น" (Save As) ชนิด Excel Workbook (.xlsx) หรือ CSV UTF-8 (.csv) แล้วนำเข้าไฟล์ใหม่นั้น',
  en: 'open it in Excel, "Save As" Excel Workbook (.xlsx) or CSV UTF-8 (.csv), and import the new file',
};
const EXPECTED_COLUMNS = {
  th: 'ต้องมีแถวหัวตารางที่มีคอลัมน์หน่วยงาน (รหัส อปท. หรือ ชื่อหน่วยงาน) และคอลัมน์คะแนน (คะแนนรวม, IIT/EIT/OIT หรือ ตัวชี้วัดที่ 1–10)',
  en: 'a header row needs an organisation column (รหัส อปท. / DLA code, or ชื่อหน่วยงาน / name) and a score column (คะแนนรวม / total, IIT/EIT/OIT or ตัวชี้วัดที่ 1–10)',
};

/** Every message of the reading step, in Thai and English, naming the file (and sheet) so a clerk can act. */
export const readingMessages = {
  fileTooLarge: (file: string, size: number, maxBytes: number): string =>
    join({
      th: `ไฟล์ "${file}" มีขนาด ${megabytes(size)} เกินขีดจำกัด ${megabytes(maxBytes)}: แบ่งเป็นหลายไฟล์ (เช่น ปีละไฟล์) แล้วนำเข้าใหม่`,
      en: `File "${file}" is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit: split it into smaller files (e.g. one per year) and import them`,
    }),

  formatUnsupported: (file: string, extension: string): string =>
    join({
      th: `ไม่รองรับไฟล์ชนิด ${extension || '(ไม่มีนามสกุล)'} ("${file}"): ${SAVE_AS.th}`,
      en: `File "${file}" has a format the importer cannot read (${extension || 'no extension'}): ${SAVE_AS.en}`,
    }),

  legacyExcel: (file: string): string =>
    join({
      th: `ไฟล์ "${file}" เป็นไฟล์ Excel รุ่นเก่า (.xls) ที่ตั้งชื่อนามสกุลผิด: ${SAVE_AS.th}`,
      en: `File "${file}" is an old-style Excel file (.xls) with another extension: ${SAVE_AS.en}`,
    }),

  notAWorkbook: (file: string): string =>
    join({
      th: `ไฟล์ "${file}" ไม่ใช่ไฟล์ Excel (.xlsx) ที่สมบูรณ์ (ไฟล์อาจเสียหาย ดาวน์โหลดไม่ครบ หรือเป็นไฟล์ชนิดอื่นที่เปลี่ยนนามสกุล): ${SAVE_AS.th}`,
      en: `File "${file}" is not a complete Excel workbook (.xlsx): it may be damaged, partly downloaded, or another kind of file renamed; ${SAVE_AS.en}`,
    }),

  workbookUnreadable: (file: string, detail: string): string =>
    join({
      th: `อ่านไฟล์ Excel "${file}" ไม่ได้ (ไฟล์อาจเสียหายหรือดาวน์โหลดไม่ครบ; ${detail}): ${SAVE_AS.th}`,
      en: `Excel file "${file}" cannot be read (it may be damaged or partly downloaded; ${detail}): ${SAVE_AS.en}`,
    }),

  noWorksheets: (file: string): string =>
    join({
      th: `ไม่พบแผ่นงาน (worksheet) ในไฟล์ "${file}": ตรวจสอบว่าเป็นไฟล์ Excel ที่มีตารางผลการประเมิน`,
      en: `No worksheet found in file "${file}": check that it is an Excel workbook holding the results table`,
    }),

  csvLooksLikeWorkbook: (file: string): string =>
    join({
      th: `ไฟล์ "${file}" มีนามสกุล .csv แต่เนื้อในเป็นไฟล์ Excel: เปลี่ยนนามสกุลเป็น .xlsx หรือบันทึกเป็น CSV ใหม่`,
      en: `File "${file}" is named .csv but holds an Excel workbook: rename it to .xlsx, or save it as CSV again`,
    }),

  csvUnreadable: (file: string, row: number | null, detail: BilingualText): string =>
    join({
      th: `อ่านไฟล์ CSV "${file}" ไม่ได้${row ? ` ตั้งแต่แถวที่ ${row}` : ''} (${detail.th}): ตรวจสอบเครื่องหมายคำพูด (") ที่เปิดแล้วไม่ปิดในแถวนั้น หรือบันทึกจาก Excel เป็น CSV UTF-8 ใหม่`,
      en: `CSV file "${file}" cannot be read${row ? ` from row ${row} on` : ''} (${detail.en}): look for a quote (") in that row that is opened but not closed, or save the file from Excel as CSV UTF-8 again`,
    }),

  fileUnreadable: (file: string, detail: string): string =>
    join({ th: `เปิดไฟล์ "${file}" ไม่ได้ (${detail})`, en: `File "${file}" cannot be opened (${detail})` }),

  headerNotFound: (file: string, sheet: string | null, reason: BilingualText): string =>
    join({
      th: `ไม่พบแถวหัวตารางใน${sheet ? `แผ่นงาน "${sheet}" ของ` : ''}ไฟล์ "${file}" ภายใน ${HEADER_SCAN_ROWS} แถวแรก: ${reason.th}`,
      en: `No header row found in ${sheet ? `sheet "${sheet}" of ` : ''}file "${file}" within the first ${HEADER_SCAN_ROWS} rows: ${reason.en}`,
    }),

  headerNotFoundInWorkbook: (file: string, sheets: readonly { sheet: string; reason: BilingualText }[]): string => {
    const listed = sheets.slice(0, 10);
    const more = sheets.length - listed.length;
    return join({
      th: `ไม่พบแถวหัวตารางในแผ่นงานใดของไฟล์ "${file}": ${listed.map((s) => `"${s.sheet}" – ${s.reason.th}`).join('; ')}${more > 0 ? ` และอีก ${more} แผ่นงาน` : ''}`,
      en: `No sheet of file "${file}" has a header row: ${listed.map((s) => `"${s.sheet}" – ${s.reason.en}`).join('; ')}${more > 0 ? ` and ${more} more sheets` : ''}`,
    });
  },

  sheetSkipped: (file: string, sheet: string, reason: BilingualText): string =>
    join({
      th: `ข้ามแผ่นงาน "${sheet}" ของไฟล์ "${file}": ${reason.th}`,
      en: `Sheet "${sheet}" of file "${file}" was skipped: ${reason.en}`,
    }),

  columnDuplicated: (file: string, sheet: string | null, field: CanonicalField, first: string, second: string): string => {
    const label = FIELD_LABELS[field];
    return join({
      th: `คอลัมน์ ${first} และ ${second} เป็น "${label.th}" ทั้งคู่ (${sheet ? `แผ่นงาน "${sheet}" ` : ''}ไฟล์ "${file}"): ลบหรือเปลี่ยนชื่อหัวคอลัมน์ ${second} ให้เหลือคอลัมน์เดียว แล้วนำเข้าใหม่ ข้อมูลในตารางนี้ยังไม่ถูกนำเข้า`,
      en: `Columns ${first} and ${second} are both "${label.en}" (${sheet ? `sheet "${sheet}" of ` : ''}file "${file}"): delete or rename column ${second} so only one remains, then import again; no row of this table was read`,
    });
  },

  reasons: {
    empty: { th: 'ไม่มีข้อมูล', en: 'it holds no data' } satisfies BilingualText,
    noKnownColumns: {
      th: `ไม่พบชื่อคอลัมน์ที่รู้จัก; ${EXPECTED_COLUMNS.th}`,
      en: `no known column names; ${EXPECTED_COLUMNS.en}`,
    } satisfies BilingualText,
    incompleteHeader: (row: number, fields: readonly CanonicalField[]): BilingualText => {
      const found = fieldList(fields);
      return {
        th: `แถวที่ใกล้เคียงที่สุดคือแถวที่ ${row} ซึ่งมีเพียง ${found.th}; ${EXPECTED_COLUMNS.th}`,
        en: `the closest row is row ${row}, which has only ${found.en}; ${EXPECTED_COLUMNS.en}`,
      };
    },
  },
};
