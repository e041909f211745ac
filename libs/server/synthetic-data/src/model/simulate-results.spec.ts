import { deriveToolScores, deriveTotal, determineLevel, getFramework, round2 } from '@ita/domain';
import { loadRegistry } from '../registry/load-registry';
import { correlation } from '../testing/correlation';
import { simulateResults } from './simulate-results';
import type { SimulatedYear } from './simulated-year';
import { must } from '../testing/must';

const YEARS = [2562, 2563, 2564, 2565, 2566, 2567, 2568];
// docs/ita-domain.md §4 (2562–2563: "≈67–68").
const TARGETS: Record<number, { mean: number; share: number | null }> = {
  2562: { mean: 67.5, share: null },
  2563: { mean: 67.9, share: null },
  2564: { mean: 81.25, share: null },
  2565: { mean: 87.57, share: 0.7052 },
  2566: { mean: 90.19, share: 0.8094 },
  2567: { mean: 93.05, share: 0.9244 },
  2568: { mean: 93.82, share: 0.9417 },
};

const registry = loadRegistry();
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('simulateResults', () => {
  let seed1: SimulatedYear[];
  let seed2: SimulatedYear[];
  beforeAll(() => {
    seed1 = simulateResults(registry, YEARS, 1);
    seed2 = simulateResults(registry, YEARS, 2);
  });

  it.each([1, 2])('follows the national mean (±1.5) and share ≥ 85 (±4 points) of every year with seed %i', (seed) => {
    const off = (seed === 1 ? seed1 : seed2).flatMap((year) => {
      const totals = year.results.map((result) => result.total);
      const target = TARGETS[year.fiscalYear];
      const share = totals.filter((total) => total >= 85).length / totals.length;
      return [
        ...(Math.abs(mean(totals) - target.mean) > 1.5 ? [`${year.fiscalYear} mean ${mean(totals)}`] : []),
        ...(target.share !== null && Math.abs(share - target.share) > 0.04 ? [`${year.fiscalYear} share ${share}`] : []),
        ...(Math.abs(year.national.mean - mean(totals)) > 0.005 ? [`${year.fiscalYear} reported mean ${year.national.mean}`] : []),
      ];
    });
    expect(off).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(simulateResults(registry, YEARS, 1))).toBe(JSON.stringify(seed1));
    expect(seed2[3].results.slice(0, 50)).not.toEqual(seed1[3].results.slice(0, 50));
  });

  it('gives a year the same results whichever other years are asked for', () => {
    expect(JSON.stringify(simulateResults(registry, [2566], 1))).toBe(JSON.stringify([seed1[4]]));
  });

  it('keeps organisation effects across years (correlation of totals between consecutive years > 0.5)', () => {
    for (let i = 1; i < seed1.length; i++) {
      const previous = new Map(seed1[i - 1].results.map((result) => [result.code, result.total]));
      const pairs = seed1[i].results.filter((result) => previous.has(result.code));
      const r = correlation(
        pairs.map((result) => must(previous.get(result.code), result.code)),
        pairs.map((result) => result.total),
      );
      expect(r).toBeGreaterThan(0.5);
    }
  });

  it('scores municipalities a little higher than SAOs', () => {
    const types = new Map(registry.map((organisation) => [organisation.code, organisation.orgType]));
    for (const year of seed1) {
      const of = (type: string): number =>
        mean(year.results.filter((result) => types.get(result.code) === type).map((result) => result.total));
      expect(of('SUBDISTRICT_MUNICIPALITY')).toBeGreaterThan(of('SAO'));
    }
  });

  it('leaves 1–3.5 % of organisations out each year, and a few out of every year', () => {
    for (const year of seed1) {
      const missing = 1 - year.results.length / registry.length;
      expect(missing).toBeGreaterThan(0.01);
      expect(missing).toBeLessThan(0.035);
    }
    const everPresent = new Set(seed1.flatMap((year) => year.results.map((result) => result.code)));
    const neverPresent = registry.length - everPresent.size;
    expect(neverPresent).toBeGreaterThanOrEqual(1);
    expect(neverPresent).toBeLessThanOrEqual(registry.length * 0.005);
  });

  it('has OIT weakest early, indicator 10 weakest in 2563–2564, IIT high throughout and many 100.00 later', () => {
    const byYear = new Map(
      seed1.map((year) => {
        const of = (pick: (result: SimulatedYear['results'][number]) => number): number => mean(year.results.map(pick));
        const indicatorMeans = Array.from({ length: 10 }, (_, k) => of((result) => result.indicators[k]));
        const tools = { IIT: of((result) => result.iit), EIT: of((result) => result.eit), OIT: of((result) => result.oit) };
        const weakestTool = Object.entries(tools).sort((a, b) => a[1] - b[1])[0][0];
        return [
          year.fiscalYear,
          { iitHigh: tools.IIT > 87, weakestTool, weakestIndicator: 1 + indicatorMeans.indexOf(Math.min(...indicatorMeans)) },
        ];
      }),
    );
    expect([...byYear.values()].every((year) => year.iitHigh)).toBe(true);
    expect([2562, 2563, 2564].map((year) => byYear.get(year)?.weakestTool)).toEqual(['OIT', 'OIT', 'OIT']);
    expect([2563, 2564].map((year) => byYear.get(year)?.weakestIndicator)).toEqual([10, 10]);
    const shareAt100 = (year: SimulatedYear): number =>
      year.results.flatMap((result) => result.indicators).filter((score) => score === 100).length / (year.results.length * 10);
    expect(shareAt100(seed1[6])).toBeGreaterThan(0.2);
    expect(shareAt100(seed1[6])).toBeGreaterThan(shareAt100(seed1[0]));
  });

  it('scores every result with the year rules: 2-decimal indicators, tools, total, level, EIT parts', () => {
    // Mismatches are collected and compared once: an expect() per result would take tens of seconds.
    const mismatches: string[] = [];
    for (const year of seed1) {
      const framework = getFramework(year.fiscalYear);
      for (const result of year.results) {
        const where = `${year.fiscalYear} ${result.code}`;
        if (!result.indicators.every((score) => score >= 0 && score <= 100 && round2(score) === score))
          mismatches.push(`${where} indicators`);
        const tools = deriveToolScores(framework, Object.fromEntries(result.indicators.map((score, index) => [index + 1, score])));
        if (result.iit !== tools.IIT || result.eit !== tools.EIT || result.oit !== tools.OIT) mismatches.push(`${where} tools`);
        if (result.total !== deriveTotal(framework, tools)) mismatches.push(`${where} total`);
        const level = must(determineLevel(framework, result.total, tools), where);
        if (result.level !== (year.fiscalYear <= 2565 ? level.code : level.labelTh)) mismatches.push(`${where} level`);
        const parts = result.eitParts;
        if (year.fiscalYear === 2568) {
          if (!parts || round2((parts[0] + parts[1]) / 2) !== result.eit || Math.min(...parts) < 0 || Math.max(...parts) > 100) {
            mismatches.push(`${where} EIT parts`);
          }
        } else if (parts !== null) mismatches.push(`${where} EIT parts in a year without parts`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
