const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
// 2025-01-01 00:00:00 as an MS-DOS date and time.
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * Sets every entry's modification time in a ZIP (an XLSX) to a fixed date, in place. exceljs stamps entries with
 * the current time, which would make two runs with the same seed differ. The CRCs do not cover these fields.
 */
export function normaliseZipTimestamps(zip: Buffer): Buffer {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error('Not a ZIP file: no end of central directory');
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) throw new Error('Corrupt ZIP central directory');
    zip.writeUInt16LE(DOS_TIME, offset + 12);
    zip.writeUInt16LE(DOS_DATE, offset + 14);
    const local = zip.readUInt32LE(offset + 42);
    if (zip.readUInt32LE(local) !== LOCAL_FILE_HEADER) throw new Error('Corrupt ZIP local header');
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return zip;
}
