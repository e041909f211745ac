import { Injectable } from '@nestjs/common';

/** Upper bound on the bytes of files held for this process's own worker. */
const MAX_HELD_BYTES = 64 * 1024 * 1024;

/**
 * Uploads this process stored and queued, held in memory until this process's worker starts their job: in one
 * process (`npm start`, or the API with its workers) the job skips reading back the file it was just given, which
 * was ~90 ms of a national year's import. The stored copy stays the source of truth: a job run by another process,
 * a retry, or a file evicted here (oldest first, past the bound) reads it from the database.
 */
@Injectable()
export class SubmittedFiles {
  private readonly files = new Map<string, Buffer>();
  private held = 0;

  hold(importId: string, content: Buffer): void {
    if (content.length > MAX_HELD_BYTES) return;
    this.files.set(importId, content);
    this.held += content.length;
    for (const [oldest, file] of this.files) {
      if (this.held <= MAX_HELD_BYTES) break;
      this.files.delete(oldest);
      this.held -= file.length;
    }
  }

  /** The file of this import if this process holds it; it is held no longer. */
  take(importId: string): Buffer | undefined {
    const file = this.files.get(importId);
    if (file) {
      this.files.delete(importId);
      this.held -= file.length;
    }
    return file;
  }
}
