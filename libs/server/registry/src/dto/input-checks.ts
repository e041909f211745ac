import { AppError } from '@ita/server/common';

export const MAX_PAGE_SIZE = 500;

export function checkPagination(offset: number, limit: number): void {
  if (!Number.isInteger(offset) || offset < 0) throw AppError.badInput(`offset must be a whole number ≥ 0, got ${offset}`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw AppError.badInput(`limit must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`);
}

/** Province codes are the 2-digit Interior codes ("45"). */
export function checkProvinceCode(code: string): void {
  if (!/^\d{2}$/.test(code)) throw AppError.badInput(`provinceCode must be 2 digits, got "${code}"`);
}
