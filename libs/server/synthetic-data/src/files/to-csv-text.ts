/** CSV text with RFC 4180 quoting: a field is quoted only when it holds the delimiter, a quote or a line break. */
export function toCsvText(rows: readonly (readonly string[])[], delimiter: string, lineEnd = '\n'): string {
  const needsQuotes = (field: string): boolean => field.includes(delimiter) || /["\r\n]/.test(field);
  const line = (row: readonly string[]): string =>
    row.map((field) => (needsQuotes(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(delimiter);
  return rows.map(line).join(lineEnd) + lineEnd;
}
