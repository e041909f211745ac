import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DATABASE_CONNECTION } from '@ita/server/database';
import type { DatabaseConnection } from '@ita/server/database';
import { JobQueue } from '@ita/server/queue';
import { DataSource } from 'typeorm';

type Check = { status: 'ok' | 'error'; error?: string } & Record<string, unknown>;

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly queue: JobQueue,
  ) {}

  /** 200 when the database and the queue answer, 503 otherwise. */
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const [database, queue] = await Promise.all([
      check(async () => {
        await this.dataSource.query('SELECT 1');
        return { embedded: this.connection.embedded };
      }),
      check(async () => {
        await this.queue.ping();
        return { transport: this.queue.transport };
      }),
    ]);
    const ok = database.status === 'ok' && queue.status === 'ok';
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ok' : 'error', database, queue });
  }
}

async function check(probe: () => Promise<Record<string, unknown>>, timeoutMs = 3000): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const details = await Promise.race([
      probe(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    ]);
    return { status: 'ok', ...details };
  } catch (error) {
    return { status: 'error', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
