export type ParseFiscalYearResult =
  | { readonly ok: true; readonly value: number; readonly convertedFromCE: boolean }
  | { readonly ok: false; readonly reason: 'MISSING' | 'BEFORE_2561' | 'INVALID'; readonly input: string };
