export type ParseScoreResult =
  /** value null = the cell says "missing" (blank, -, N/A, ไม่มีข้อมูล …). */
  | { readonly ok: true; readonly value: number | null; readonly hadMoreDecimals: boolean }
  | { readonly ok: false; readonly reason: 'NOT_A_NUMBER' | 'OUT_OF_RANGE'; readonly input: string };
