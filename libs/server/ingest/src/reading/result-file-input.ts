/** A result file to read: its bytes in memory, or a path to stream it from disk. */
export type ResultFileInput = { fileName: string; content: Buffer } | { fileName: string; path: string };
