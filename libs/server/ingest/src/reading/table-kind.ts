import type { RecognisedSheet } from './recognised-sheet';

/** WIDE: one row per organisation and year; ITEMS: question-level (item code + score). */
export type TableKind = RecognisedSheet['kind'];
