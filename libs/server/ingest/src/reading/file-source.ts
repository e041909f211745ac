import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ResultFileInput } from './result-file-input';

const CHUNK = 64 * 1024;

/** The bytes of an input file, which can be streamed more than once (sniffing, then parsing). */
export interface FileSource {
  size: number;
  /** A new stream over the whole file each time. */
  open(): Readable;
  /** The first `length` bytes (fewer when the file is shorter). */
  head(length: number): Promise<Buffer>;
  /** A path on disk, when there is one (exceljs then streams the file itself). */
  path: string | null;
  /** The whole file, when it is already in memory (an upload): read at once rather than streamed. */
  content: Buffer | null;
}

function* chunksOf(content: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < content.length; offset += CHUNK) yield content.subarray(offset, offset + CHUNK);
}

/** @throws the file system's error when a path cannot be read. */
export async function openFileSource(input: ResultFileInput): Promise<FileSource> {
  if ('content' in input) {
    const content = input.content;
    return {
      size: content.length,
      open: () => Readable.from(chunksOf(content)),
      head: async (length) => content.subarray(0, length),
      path: null,
      content,
    };
  }
  const { path } = input;
  const info = await stat(path);
  if (!info.isFile()) throw new Error('not a file');
  return {
    size: info.size,
    open: () => createReadStream(path, { highWaterMark: CHUNK }),
    head: async (length) => {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(length, info.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    path,
    content: null,
  };
}
