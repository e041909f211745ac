/** Cell contents that mean "no value" (compared lowercase, after normaliseText). */
export const MISSING_VALUE_TOKENS: readonly string[] = ['', '-', '--', '–', '—', '−', 'n/a', 'na', '#n/a', 'null', 'ไม่มีข้อมูล', 'ไม่มี'];
