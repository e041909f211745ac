import { DomainError } from './domain-error';
import { DomainErrorCode } from './domain-error-code';

export class UnknownIndicatorError extends DomainError {
  constructor(
    readonly fiscalYear: number,
    readonly indicator: number,
  ) {
    super(DomainErrorCode.UNKNOWN_INDICATOR, `Fiscal year ${fiscalYear} has no indicator ${indicator}`);
    this.name = 'UnknownIndicatorError';
  }
}
