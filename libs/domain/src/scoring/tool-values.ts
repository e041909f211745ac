import type { ToolCode } from '../frameworks/model/tool-code';

/** Tool → 0–100 score; absent or null = unknown. */
export type ToolValues = Readonly<Partial<Record<ToolCode, number | null>>>;
