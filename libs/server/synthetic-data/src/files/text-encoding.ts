/** How a generated text file is encoded. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'windows-874';
