import { DomainError } from './domain-error';
import { DomainErrorCode } from './domain-error-code';

export class UnknownToolError extends DomainError {
  constructor(
    readonly fiscalYear: number,
    readonly tool: string,
  ) {
    super(DomainErrorCode.UNKNOWN_TOOL, `Fiscal year ${fiscalYear} has no assessment tool ${tool}`);
    this.name = 'UnknownToolError';
  }
}
