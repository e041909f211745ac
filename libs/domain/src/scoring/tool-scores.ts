import type { ToolCode } from '../frameworks/model/tool-code';

export type ToolScores = Record<ToolCode, number | null>;
