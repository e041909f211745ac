export type ParsedOrganisationCode = { valid: true; code: string } | { valid: false; input: string };

const THAI_ZERO = 0x0e50; // ๐

/**
 * Reads a 7-digit DLA organisation code as people type it: Thai digits (๕๔๕๑๖๐๗), spaces and dashes are
 * accepted; anything else, or another length, is invalid.
 */
export function parseOrganisationCode(input: string): ParsedOrganisationCode {
  const code = input.replace(/[\u0e50-\u0e59]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO)).replace(/[\s-]/g, '');
  return /^\d{7}$/.test(code) ? { valid: true, code } : { valid: false, input };
}
