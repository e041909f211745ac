import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { APP_CONFIG } from '@ita/server/config';
import type { AppConfig } from '@ita/server/config';
import { ImportSubmissionService } from '@ita/server/ingest';
import { JobQueue } from '@ita/server/queue';
import { generateDataset } from '@ita/server/synthetic-data';
import { DataSource } from 'typeorm';

/**
 * With DEMO=1 and a database that has never imported anything, loads the synthetic national dataset
 * (FY2562–2568, seed 1) through the normal import path, in the background: the API answers at once and the
 * results appear as each year's import commits.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');
  private loading: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: ImportSubmissionService,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM imports`);
    if (n > 0) return;
    this.loading = this.load().catch((error: Error) => this.logger.error(`Demo data could not be loaded: ${error.stack ?? error.message}`));
  }

  /** Resolves when a load started at start-up has finished (for tests and orderly shutdown). */
  async whenLoaded(): Promise<void> {
    await this.loading;
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const dir = await mkdtemp(join(tmpdir(), 'ita-demo-'));
    try {
      const dataset = await generateDataset({ outDir: dir, seed: 1 });
      this.logger.log(
        `Loading demo data: ${dataset.files.length} files, ${dataset.files.reduce((n, f) => n + f.rows, 0)} rows (synthetic, not NACC results)`,
      );
      for (const file of dataset.files) {
        const { importId } = await this.submissions.submit(
          { fileName: `demo-${basename(file.path)}`, content: readFileSync(file.path) },
          { dryRun: false, acceptValid: false, year: null },
          'demo',
        );
        const state = await this.queue.waitUntilFinished(importId, 10 * 60_000);
        const report = state.result as { status?: string; rowsImported?: number } | undefined;
        this.logger.log(`Demo ${basename(file.path)}: ${report?.status ?? state.status}, ${report?.rowsImported ?? 0} rows`);
      }
      this.logger.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
