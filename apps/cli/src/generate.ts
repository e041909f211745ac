import { isAbsolute, relative } from 'node:path';
import { GENERATE_USAGE, generateDataset, parseGenerateArguments } from '@ita/server/synthetic-data';

const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};
const percent = (share: number | null): string => (share === null ? '   —  ' : `${(share * 100).toFixed(2)}%`);

/**
 * `npm run generate -- --out <dir> [--years 2562-2568] [--seed <n>] [--messy]`: writes a synthetic national dataset
 * in the published-file format (docs/import-format.md) for the real organisation registry, and manifest.json.
 */
async function main(): Promise<void> {
  const parsed = parseGenerateArguments(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.message}\n${GENERATE_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const dataset = await generateDataset(parsed.options);
  const elapsed = performance.now() - started;

  const paths = dataset.files.map((file) => shown(file.path));
  const width = Math.max(...paths.map((path) => path.length));
  dataset.files.forEach((file, index) =>
    console.log(`${paths[index].padEnd(width)}  ${String(file.rows).padStart(5)} rows  ${file.variant}`),
  );
  console.log(
    `${shown(dataset.manifestPath)}  (${dataset.expectedErrors.length} expected errors, ${dataset.expectedWarnings.length} expected warnings)`,
  );
  console.log(`\n${dataset.files.length} files in ${(elapsed / 1000).toFixed(2)} s (seed ${parsed.options.seed ?? 1})\n`);
  console.log('year  orgs   mean (target)    share ≥85 (target)');
  for (const figure of dataset.national) {
    console.log(
      `${figure.fiscalYear}  ${String(figure.count).padStart(5)}  ${figure.mean.toFixed(2)} (${figure.target.mean.toFixed(2)})   ${percent(figure.shareAtLeast85)} (${percent(figure.target.shareAtLeast85)})`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
