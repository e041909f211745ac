import { findFramework } from '@ita/domain';
import type { GenerateDatasetOptions } from './generate-dataset-options';

export const GENERATE_USAGE =
  'usage: npm run generate -- --out <dir> [--years 2562-2568 | --years 2565,2566] [--seed <n>] [--messy]\n' +
  '  years are Buddhist Era fiscal years with a framework (2562–2568); the seed is an integer (default 1)';

export type ParsedGenerateArguments = { ok: true; options: GenerateDatasetOptions } | { ok: false; message: string };

function parseYears(text: string): number[] | string {
  const range = /^(\d{4})\s*-\s*(\d{4})$/.exec(text.trim());
  const years: number[] = range
    ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, i) => Number(range[1]) + i)
    : text.split(',').map((part) => (/^\s*\d{4}\s*$/.test(part) ? Number(part) : NaN));
  if (years.length === 0 || years.some(Number.isNaN)) return `--years: "${text}" is not a range (2562-2568) or a list (2565,2566) of years`;
  const unsupported = years.filter((year) => !findFramework(year));
  if (unsupported.length > 0)
    return `--years: ${unsupported.join(', ')} not supported (Buddhist Era fiscal years 2562–2568 only; CE years are not accepted)`;
  return years;
}

/** `--out <dir> [--years …] [--seed <n>] [--messy]` → options, or a message for a usage error (exit 2). */
export function parseGenerateArguments(argv: readonly string[]): ParsedGenerateArguments {
  let outDir: string | undefined;
  let years: number[] | undefined;
  let seed: number | undefined;
  let messy = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--messy') messy = true;
    else if (flag === '--out') outDir = value();
    else if (flag === '--years') {
      const text = value();
      if (text === undefined) return { ok: false, message: '--years needs a value' };
      const parsed = parseYears(text);
      if (typeof parsed === 'string') return { ok: false, message: parsed };
      years = parsed;
    } else if (flag === '--seed') {
      const text = value();
      if (text === undefined || !/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text))) {
        return { ok: false, message: `--seed: "${text ?? ''}" is not an integer` };
      }
      seed = Number(text);
    } else return { ok: false, message: `unknown argument "${argv[i]}"` };
  }
  if (!outDir) return { ok: false, message: '--out <dir> is required' };
  return { ok: true, options: { outDir, years, seed, messy } };
}
