import { UnknownToolError } from '../errors/unknown-tool.error';
import type { AssessmentFramework } from './model/assessment-framework';
import type { ToolCode } from './model/tool-code';
import type { ToolDefinition } from './model/tool-definition';

/** @throws UnknownToolError when the year has no such tool. */
export function getTool(framework: AssessmentFramework, code: ToolCode): ToolDefinition {
  for (const tool of framework.tools) if (tool.code === code) return tool;
  throw new UnknownToolError(framework.fiscalYear, code);
}
