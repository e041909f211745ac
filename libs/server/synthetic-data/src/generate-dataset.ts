import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getFramework, listFrameworks } from '@ita/domain';
import type { GenerateDatasetOptions } from './generate-dataset-options';
import type { GeneratedDataset } from './generated-dataset';
import type { Manifest } from './manifest';
import { simulateResults } from './model/simulate-results';
import type { SimulatedYear } from './model/simulated-year';
import { createRandom } from './random/create-random';
import { loadRegistry } from './registry/load-registry';
import { cleanCsv } from './variants/clean-csv';
import { MESSY_VARIANTS } from './variants/messy-variants';
import type { RenderedFile } from './variants/rendered-file';
import type { VariantContext } from './variants/variant-context';

const DEFAULT_YEARS = listFrameworks().map((framework) => framework.fiscalYear);

/**
 * Writes a synthetic national dataset in the published-file format for the real organisation registry:
 * ita-<year>.csv per fiscal year, with `messy` the variants in messy/, and manifest.json. Deterministic for a seed.
 */
export async function generateDataset(options: GenerateDatasetOptions): Promise<GeneratedDataset> {
  const seed = options.seed ?? 1;
  const years = [...new Set(options.years ?? DEFAULT_YEARS)].sort((a, b) => a - b);
  if (years.length === 0) throw new Error('No fiscal years to generate');
  const registry = loadRegistry();
  const organisations = new Map(registry.map((organisation) => [organisation.code, organisation]));
  const simulated = simulateResults(registry, years, seed);
  const context = (year: SimulatedYear, streamId: number): VariantContext => ({
    fiscalYear: year.fiscalYear,
    framework: getFramework(year.fiscalYear),
    results: year.results,
    registry,
    organisations,
    random: createRandom(seed * 1009 + streamId),
    cleanFile: `ita-${year.fiscalYear}.csv`,
  });

  const rendered: RenderedFile[] = simulated.map((year) => cleanCsv(context(year, 0)));
  if (options.messy) {
    for (const [index, variant] of MESSY_VARIANTS.entries()) {
      const preferred = simulated.find((candidate) => candidate.fiscalYear === variant.preferredYear);
      const year = preferred ?? simulated[index % simulated.length];
      const file = await variant.build(context(year, index + 1));
      const substituted = `Drawn from ${year.fiscalYear} because ${variant.preferredYear} was not generated; it may share its year with another variant.`;
      rendered.push(preferred ? file : { ...file, expected: { ...file.expected, notes: [...file.expected.notes, substituted] } });
    }
  }

  for (const file of rendered) {
    const path = join(options.outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  const expectedErrors = rendered.flatMap((file) => file.errors);
  const expectedWarnings = rendered.flatMap((file) => file.warnings);
  const national = simulated.map((year) => year.national);
  const manifest: Manifest = {
    generator: '@ita/server/synthetic-data generateDataset',
    note: 'Synthetic data for testing the importer and the analytics: real organisation registry, simulated scores. Not NACC results.',
    seed,
    fiscalYears: years,
    messy: options.messy ?? false,
    national,
    files: rendered.map(({ content: _content, errors: _errors, warnings: _warnings, ...file }) => file),
    expectedErrors,
    expectedWarnings,
  };
  const manifestPath = join(options.outDir, 'manifest.json');
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return {
    files: rendered.map((file) => ({
      path: join(options.outDir, file.path),
      fiscalYears: file.fiscalYears,
      rows: file.rows,
      variant: file.variant,
    })),
    expectedErrors,
    expectedWarnings,
    national,
    manifestPath,
  };
}
