/** A message part in Thai and in English; issues join them as "ไทย / English". */
export interface BilingualText {
  th: string;
  en: string;
}
