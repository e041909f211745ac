/** CSV text from rows of fields, quoting a field only when it has to be (delimiter, quote or line break). */
export function csvText(rows: readonly (readonly (string | number)[])[], delimiter = ',', lineEnd = '\r\n'): string {
  const field = (value: string | number) => {
    const text = String(value);
    return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(delimiter)).join(lineEnd) + lineEnd;
}
