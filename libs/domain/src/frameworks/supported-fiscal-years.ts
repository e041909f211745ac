import { FRAMEWORKS } from './frameworks';

export const SUPPORTED_FISCAL_YEARS: readonly number[] = FRAMEWORKS.map((framework) => framework.fiscalYear);
