import { parseGenerateArguments } from './parse-generate-arguments';

describe('parseGenerateArguments', () => {
  it('reads --out, a year range, --seed and --messy', () => {
    expect(parseGenerateArguments(['--out', 'tmp/x', '--years', '2562-2564', '--seed', '7', '--messy'])).toEqual({
      ok: true,
      options: { outDir: 'tmp/x', years: [2562, 2563, 2564], seed: 7, messy: true },
    });
  });

  it('reads a list of years and --flag=value', () => {
    expect(parseGenerateArguments(['--out=tmp/x', '--years=2565,2566'])).toEqual({
      ok: true,
      options: { outDir: 'tmp/x', years: [2565, 2566], seed: undefined, messy: false },
    });
  });

  it.each([
    [[], /--out/],
    [['--out'], /--out/],
    [['--out', 'x', '--years', '2022-2024'], /2022.*not supported.*CE/],
    [['--out', 'x', '--years', '2561'], /2561 not supported/],
    [['--out', 'x', '--years', '2565,66'], /not a range/],
    [['--out', 'x', '--years'], /--years needs a value/],
    [['--out', 'x', '--seed', 'abc'], /--seed/],
    [['--out', 'x', '--fast'], /unknown argument "--fast"/],
  ])('%p is a usage error', (argv, message) => {
    expect(parseGenerateArguments(argv)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });
});
