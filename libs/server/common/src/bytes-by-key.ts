/**
 * Buffers by key, bounded by their total size: past `maxBytes`, the least recently set or read go first. A buffer
 * larger than a `maxBytes / 8` share is not kept at all, so that one does not push out many.
 */
export class BytesByKey {
  private readonly entries = new Map<string, Buffer>();
  private held = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Buffer | undefined {
    const bytes = this.entries.get(key);
    if (bytes) {
      this.entries.delete(key);
      this.entries.set(key, bytes);
    }
    return bytes;
  }

  set(key: string, bytes: Buffer): void {
    this.take(key);
    if (bytes.length > this.maxBytes / 8) return;
    this.entries.set(key, bytes);
    this.held += bytes.length;
    for (const [oldest, dropped] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= dropped.length;
    }
  }

  /** The buffer under `key`, which is no longer kept. */
  take(key: string): Buffer | undefined {
    const bytes = this.entries.get(key);
    if (bytes) {
      this.entries.delete(key);
      this.held -= bytes.length;
    }
    return bytes;
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }
}
