/** The header must be within the first this many non-empty rows of a table (title rows included). */
export const HEADER_SCAN_ROWS = 30;
