/** Arabic digits → Thai digits (๐–๙); everything else unchanged. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0e50 + Number(digit)));
}
