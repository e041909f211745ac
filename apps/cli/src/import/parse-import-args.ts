import { existsSync, statSync } from 'node:fs';

export interface ImportArgs {
  files: string[];
  year: number | null;
  dryRun: boolean;
  acceptValid: boolean;
  json: boolean;
}

export const IMPORT_USAGE = 'usage: npm run import -- <file>... [--year <BE year>] [--dry-run] [--accept-valid] [--json]';

export class UsageError extends Error {}

/** The contract's `npm run import` arguments; anything else is a usage error (exit 2). */
export function parseImportArgs(argv: string[]): ImportArgs {
  const args: ImportArgs = { files: [], year: null, dryRun: false, acceptValid: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--accept-valid') args.acceptValid = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--year' || arg.startsWith('--year=')) {
      const value = arg.includes('=') ? arg.slice('--year='.length) : argv[++i];
      const year = Number(value);
      if (!value || !Number.isInteger(year) || year < 2561 || year > 2600) {
        throw new UsageError(`--year needs a Buddhist Era fiscal year such as 2566, got "${value ?? ''}"`);
      }
      args.year = year;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (!args.files.length) throw new UsageError('name at least one file');
  for (const file of args.files) {
    if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  }
  return args;
}
