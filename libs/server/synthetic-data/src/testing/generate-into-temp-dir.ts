import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '../generate-dataset';
import type { GenerateDatasetOptions } from '../generate-dataset-options';
import type { GeneratedDataset } from '../generated-dataset';
import type { Manifest } from '../manifest';

export interface GeneratedInTempDir {
  readonly dir: string;
  readonly dataset: GeneratedDataset;
  readonly manifest: Manifest;
}

/** generateDataset into a fresh temporary directory (the caller removes it). */
export async function generateIntoTempDir(options: Omit<GenerateDatasetOptions, 'outDir'>): Promise<GeneratedInTempDir> {
  const dir = mkdtempSync(join(tmpdir(), 'ita-synthetic-'));
  const dataset = await generateDataset({ ...options, outDir: dir });
  return { dir, dataset, manifest: JSON.parse(readFileSync(dataset.manifestPath, 'utf8')) as Manifest };
}
