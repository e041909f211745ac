import { isUtf8 } from 'node:buffer';
import type { FileSource } from './file-source';
import type { TextEncoding } from './text-encoding';

const SAMPLE = 4096;

function fromBom(head: Buffer): TextEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { name: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { name: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', bom: true };
  return null;
}

/** UTF-16 without a BOM: the delimiters, digits and line ends are ASCII, so every other byte is zero. */
function utf16WithoutBom(head: Buffer): TextEncoding | null {
  const length = Math.min(head.length, SAMPLE) & ~1;
  if (length < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return { name: 'utf-16le', bom: false };
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return { name: 'utf-16be', bom: false };
  return null;
}

/** Whether the whole file is valid UTF-8: checked at once when in memory, else read chunk by chunk (constant memory). */
async function isValidUtf8(source: FileSource): Promise<boolean> {
  if (source.content) return isUtf8(source.content);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = source.open();
  try {
    for await (const chunk of stream) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  } finally {
    stream.destroy();
  }
}

/**
 * A CSV file's encoding: a BOM decides (UTF-8, UTF-16 LE/BE); then UTF-16 without BOM by its zero bytes; then
 * UTF-8 when every byte of the file is valid UTF-8; otherwise Windows-874 (Thai Excel's "CSV" on Windows).
 */
export async function detectTextEncoding(source: FileSource, head: Buffer): Promise<TextEncoding> {
  return (
    fromBom(head) ??
    utf16WithoutBom(head) ??
    ((await isValidUtf8(source)) ? { name: 'utf-8', bom: false } : { name: 'windows-874', bom: false })
  );
}
