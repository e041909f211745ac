import type { DomainErrorCode } from './domain-error-code';

/** Base class of the errors this library throws (programming errors, never bad user input). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
