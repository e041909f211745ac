export const DomainErrorCode = {
  UNKNOWN_FISCAL_YEAR: 'UNKNOWN_FISCAL_YEAR',
  UNKNOWN_TOOL: 'UNKNOWN_TOOL',
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
} as const;

export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];
