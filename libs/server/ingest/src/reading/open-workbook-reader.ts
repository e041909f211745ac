import type { Readable } from 'node:stream';
import { stream } from 'exceljs';

type EntryStream = Readable;
type EntryParser = (this: unknown, entry: EntryStream) => unknown;

/**
 * exceljs 4.4.0's streaming reader decodes every zip chunk to text on its own, so a Thai character whose three
 * UTF-8 bytes straddle two chunks becomes "��" (exceljs issues #2063, #2084, #2316; measured here: 28 of 47,123
 * names damaged in a 7,850-row sheet). Setting the entry's encoding makes Node decode across chunk boundaries.
 * This patches the two entries that hold text besides the worksheets (which tapWorksheetXml decodes).
 */
const TEXT_ENTRY_PARSERS = ['_parseSharedStrings', '_parseWorkbook'] as const;

/** exceljs's streaming workbook reader, set up for reading values only, with Thai text decoded safely. */
export function openWorkbookReader(input: string | Readable): stream.xlsx.WorkbookReader {
  const reader = new stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles are needed to know percent and date formats.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const internals = reader as unknown as Record<string, EntryParser | undefined>;
  for (const name of TEXT_ENTRY_PARSERS) {
    const original = internals[name];
    if (typeof original !== 'function')
      throw new Error(`exceljs WorkbookReader.${name} is gone: review open-workbook-reader.ts for this exceljs version`);
    internals[name] = function (this: unknown, entry: EntryStream) {
      entry.setEncoding('utf8');
      return original.call(this, entry);
    };
  }
  return reader;
}
