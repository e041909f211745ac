import type { Confidence } from './confidence';

/** Question / item codes of a tool or indicator in one fiscal year, e.g. i1–i6. Prefix is lowercase. */
export type ItemCodes =
  | {
      readonly status: 'KNOWN';
      readonly prefix: 'i' | 'e' | 'o';
      readonly first: number;
      readonly last: number;
      readonly confidence: Confidence;
    }
  | { readonly status: 'UNKNOWN'; readonly note: string };
