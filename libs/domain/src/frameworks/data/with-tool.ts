import type { ToolCode } from '../model/tool-code';
import type { ToolDefinition } from '../model/tool-definition';

/** A copy of `tools` with one tool's fields changed (composes a year from the base data). */
export function withTool(
  tools: readonly ToolDefinition[],
  code: ToolCode,
  patch: Partial<Omit<ToolDefinition, 'code'>>,
): readonly ToolDefinition[] {
  return tools.map((tool) => (tool.code === code ? { ...tool, ...patch } : tool));
}
