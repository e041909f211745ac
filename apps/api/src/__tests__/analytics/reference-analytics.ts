/**
 * The contract's analytics computed a second, independent way: plain TypeScript over the raw result rows,
 * no SQL aggregates. The API's answers are compared with these.
 */
export interface RawResult {
  code: string;
  year: number;
  province: string;
  type: string;
  region?: string;
  level?: string | null;
  total: number;
  iit: number | null;
  eit: number | null;
  oit: number | null;
  indicators: (number | null)[];
}

export function percentileCont(sorted: number[], p: number): number {
  const position = p * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
}

/** 100 × percent_rank of `value` among `values` in ascending order. */
export function percentile(values: number[], value: number): number {
  if (values.length < 2) return 0;
  const below = values.filter((v) => v < value - 1e-9).length;
  return (100 * below) / (values.length - 1);
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function metricOf(r: RawResult, metric: string): number | null {
  if (metric === 'TOTAL') return r.total;
  if (metric === 'IIT') return r.iit;
  if (metric === 'EIT') return r.eit;
  if (metric === 'OIT') return r.oit;
  return r.indicators[Number(metric.slice('INDICATOR_'.length)) - 1] ?? null;
}

export function expectedTrend(rows: RawResult[], metric: string, single: boolean) {
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const points = years
    .map((year) => {
      const values = rows
        .filter((r) => r.year === year)
        .map((r) => metricOf(r, metric))
        .filter((v): v is number => v !== null)
        .sort((a, b) => a - b);
      if (!values.length) return null;
      return {
        fiscalYear: year,
        value: mean(values),
        count: values.length,
        median: single ? null : percentileCont(values, 0.5),
        p25: single ? null : percentileCont(values, 0.25),
        p75: single ? null : percentileCont(values, 0.75),
        shareAtLeast85: single ? null : values.filter((v) => v >= 85).length / values.length,
      };
    })
    .filter((p) => p !== null);
  return points.map((p) => {
    const previous = points.find((q) => q.fiscalYear === p.fiscalYear - 1);
    return { ...p, delta: previous ? p.value - previous.value : null };
  });
}

export function expectedWeakest(rows: RawResult[], year: number) {
  const inYear = rows.filter((r) => r.year === year);
  const means = Array.from({ length: 10 }, (_, i) => {
    const values = inYear.map((r) => r.indicators[i]).filter((v): v is number => v !== null && v !== undefined);
    return { indicator: i + 1, meanScore: values.length ? mean(values) : null };
  }).filter((m): m is { indicator: number; meanScore: number } => m.meanScore !== null);
  const complete = inYear.filter((r) => r.indicators.length === 10 && r.indicators.every((v) => v !== null)) as (RawResult & {
    indicators: number[];
  })[];
  return means
    .map((m) => ({
      ...m,
      rank: 1 + means.filter((o) => o.meanScore < m.meanScore - 1e-9).length,
      shareWeakest: complete.length
        ? complete.filter((r) => r.indicators[m.indicator - 1] === Math.min(...r.indicators)).length / complete.length
        : 0,
    }))
    .sort((a, b) => a.rank - b.rank || a.indicator - b.indicator);
}

export function expectedRankings(rows: RawResult[], all: RawResult[], year: number, by: 'TOTAL' | 'DELTA') {
  const previousTotal = new Map(all.filter((p) => p.year === year - 1).map((p) => [p.code, p.total]));
  const entries = rows
    .filter((r) => r.year === year)
    .map((r) => {
      if (by === 'TOTAL') return { code: r.code, value: r.total };
      const previous = previousTotal.get(r.code);
      // Both totals have 2 decimals: their exact difference too (float subtraction would break ties).
      return previous !== undefined ? { code: r.code, value: Math.round((r.total - previous) * 100) / 100 } : null;
    })
    .filter((e): e is { code: string; value: number } => e !== null);
  const ascending = entries.map((e) => e.value).sort((a, b) => a - b);
  const n = ascending.length;
  return entries
    .map((e) => ({
      code: e.code,
      value: e.value,
      rank: 1 + n - countAtMost(ascending, e.value + 1e-9),
      percentile: n < 2 ? 0 : (100 * countBelow(ascending, e.value - 1e-9)) / (n - 1),
    }))
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
}

// How many of the ascending `sorted` are ≤ (or <) `bound`, by binary search: the national rankings have ~7,800 entries.
const countAtMost = (sorted: number[], bound: number) => firstIndex(sorted, (v) => v > bound);
const countBelow = (sorted: number[], bound: number) => firstIndex(sorted, (v) => v >= bound);

function firstIndex(sorted: number[], past: (v: number) => boolean): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(sorted[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function expectedBenchmark(all: RawResult[], code: string, year: number, peerGroup: string) {
  const me = all.find((r) => r.code === code && r.year === year) as RawResult;
  const peers = all.filter(
    (r) =>
      r.year === year &&
      (peerGroup === 'NATIONAL' ||
        (peerGroup === 'PROVINCE' && r.province === me.province) ||
        (peerGroup === 'SAME_TYPE_NATIONAL' && r.type === me.type) ||
        (peerGroup === 'SAME_TYPE_PROVINCE' && r.type === me.type && r.province === me.province)),
  );
  const stats = (values: number[], value: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { value, peerMedian: percentileCont(sorted, 0.5), percentile: percentile(values, value) };
  };
  return {
    peerCount: peers.length,
    total: stats(
      peers.map((p) => p.total),
      me.total,
    ),
    indicators: me.indicators
      .map((score, i) => {
        if (score === null || score === undefined) return null;
        const s = stats(
          peers.map((p) => p.indicators[i]).filter((v): v is number => v !== null && v !== undefined),
          score,
        );
        return { indicator: i + 1, ...s, gap: s.value - s.peerMedian };
      })
      .filter((x) => x !== null),
  };
}

export function expectedScopeSummary(rows: RawResult[], year: number) {
  const values = rows
    .filter((r) => r.year === year)
    .map((r) => r.total)
    .sort((a, b) => a - b);
  const previous = rows.filter((r) => r.year === year - 1).map((r) => r.total);
  const m = mean(values);
  const variance = values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
  return {
    fiscalYear: year,
    count: values.length,
    mean: m,
    median: percentileCont(values, 0.5),
    p25: percentileCont(values, 0.25),
    p75: percentileCont(values, 0.75),
    min: values[0],
    max: values[values.length - 1],
    stddev: values.length > 1 ? Math.sqrt(variance) : null,
    shareAtLeast85: values.filter((v) => v >= 85).length / values.length,
    deltaMean: previous.length ? m - mean(previous) : null,
  };
}

/** Rank and percentile of `code` by total among `rows` of the year. */
export function expectedRankOf(rows: RawResult[], code: string, year: number) {
  const entry = expectedRankings(rows, rows, year, 'TOTAL').find((e) => e.code === code);
  return entry ? { rank: entry.rank, percentile: entry.percentile } : null;
}

/** Least-squares slope of the total over the organisation's results of the last up to five years. */
export function expectedTrendSlope(rows: RawResult[], code: string, year: number): { years: number; slope: number | null } {
  const points = rows.filter((r) => r.code === code && r.year <= year && r.year > year - 5);
  if (points.length < 2) return { years: points.length, slope: null };
  const mx = mean(points.map((p) => p.year));
  const my = mean(points.map((p) => p.total));
  const sxy = points.reduce((s, p) => s + (p.year - mx) * (p.total - my), 0);
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  return { years: points.length, slope: sxy / sxx };
}
