import type { ToolCode } from './tool-code';

export const TOOL_CODES: readonly ToolCode[] = ['IIT', 'EIT', 'OIT'];
