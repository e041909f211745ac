import { Injectable } from '@nestjs/common';
import { BytesByKey } from '@ita/server/common';

/**
 * Uploads this process stored and queued, held in memory (at most 512 MiB, oldest out first) until this process's
 * worker starts their job: in one process (`npm start`, or the API with its workers) the job skips reading back the
 * file it was just given, which was ~90 ms of a national year's import. The stored copy stays the source of truth:
 * a job run by another process, a retry, or a file no longer held here reads it from the database.
 */
@Injectable()
export class SubmittedFiles {
  private readonly files = new BytesByKey(512 * 1024 * 1024);

  hold(importId: string, content: Buffer): void {
    this.files.set(importId, content);
  }

  /** The file of this import if this process holds it; it is held no longer. */
  take(importId: string): Buffer | undefined {
    return this.files.take(importId);
  }
}
