import { DomainError } from './domain-error';
import { DomainErrorCode } from './domain-error-code';

export class UnknownFiscalYearError extends DomainError {
  constructor(readonly fiscalYear: number) {
    super(DomainErrorCode.UNKNOWN_FISCAL_YEAR, `No ITA assessment framework is defined for fiscal year ${fiscalYear}`);
    this.name = 'UnknownFiscalYearError';
  }
}
