/** How a CSV file's bytes are decoded. TIS-620 files decode as windows-874, of which TIS-620 is a subset. */
export interface TextEncoding {
  name: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';
  bom: boolean;
}
