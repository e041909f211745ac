import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';

const QUERIES: [string, string][] = [
  [
    'organisations of province 30 with results',
    '{ organisations(filter: { provinceCode: "30" }, limit: 500) { totalCount nodes { code nameTh type results { fiscalYear total level delta } } } }',
  ],
  [
    'trend national TOTAL',
    '{ trend(scope: { national: true }, metric: TOTAL) { fiscalYear value count median p25 p75 shareAtLeast85 delta } }',
  ],
  [
    'weakestIndicators province 30',
    '{ weakestIndicators(scope: { provinceCode: "30" }, fiscalYear: 2568) { rank indicator nameTh meanScore shareWeakest } }',
  ],
  [
    'rankings national by DELTA',
    '{ rankings(scope: { national: true }, fiscalYear: 2568, by: DELTA) { totalCount nodes { rank value percentile organisation { code nameTh } } } }',
  ],
  [
    'benchmark one organisation',
    '{ benchmark(code: "5451607", fiscalYear: 2568) { peerCount total { value peerMedian percentile } indicators { indicator value peerMedian gap percentile } } }',
  ],
];

interface LoadCase {
  label: string;
  cache: boolean;
  connections: number;
}

/**
 * Three loads per query, autocannon against the API started on the benchmark database in its own process:
 * - cold, one at a time: cache off (ANALYTICS_CACHE=0), one connection — what a first, uncached request costs;
 * - cold under load: cache off, 10 connections — every request computed while 9 others compete for 2 cores;
 * - warm: cache on, primed by a first burst of 10 identical requests at once (its slowest is printed: a cold answer
 *   under load as it happens, identical requests waiting for the first), then 10 connections.
 * The percentiles are computed here from every response's latency (autocannon's own summary has no p95).
 */
export async function runQueryBenchmarks(
  databaseUrl: string,
  redisUrl: string | undefined,
  redisPrefix: string,
  seconds = 5,
): Promise<void> {
  const cases: LoadCase[] = [
    { label: 'cold, one request at a time (cache off, 1 connection)', cache: false, connections: 1 },
    { label: 'cold under load (cache off, 10 connections)', cache: false, connections: 10 },
    { label: 'warm (cache on, primed by a first burst, 10 connections)', cache: true, connections: 10 },
  ];
  for (const [i, load] of cases.entries()) {
    const port = 3900 + i;
    const api = await startApi({ databaseUrl, redisUrl, redisPrefix }, port, load.cache);
    try {
      console.log(`GraphQL latency — ${load.label}, ${seconds} s per query`);
      for (const [name, query] of QUERIES) {
        const body = JSON.stringify({ query });
        const url = `http://127.0.0.1:${port}/graphql`;
        // Primes the cache (when on) with a burst of identical requests at once, as dashboards send after an import.
        const burst = await Promise.all(Array.from({ length: load.connections }, () => timedPost(url, body, name)));
        if (load.cache)
          console.log(`  ${name.padEnd(42)} first burst of ${load.connections} at once, cache empty: slowest ${ms(Math.max(...burst))}`);
        const { result, latencies } = await loadTest({
          url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          connections: load.connections,
          duration: seconds,
        });
        latencies.sort((a, b) => a - b);
        const p = (q: number) => ms(percentile(latencies, q));
        console.log(
          `  ${name.padEnd(42)} p50 ${p(0.5)}  p95 ${p(0.95)}  p99 ${p(0.99)}  ` +
            `${Math.round(latencies.length / seconds)
              .toString()
              .padStart(5)} req/s  (${latencies.length} requests, errors ${result.errors + result.non2xx})`,
        );
      }
    } finally {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
  }
}

/** One request's latency in milliseconds; a GraphQL error stops the benchmark. */
async function timedPost(url: string, body: string, name: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await response.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
  return performance.now() - started;
}

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

/** autocannon, with the latency of every response kept. */
function loadTest(options: autocannon.Options): Promise<{ result: autocannon.Result; latencies: number[] }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result) => (error ? reject(error) : resolve({ result, latencies })));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** The nearest-rank percentile (q in 0…1) of latencies sorted ascending. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function startApi(
  { databaseUrl, redisUrl, redisPrefix }: { databaseUrl: string; redisUrl: string | undefined; redisPrefix: string },
  port: number,
  cache: boolean,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../../../api/src/main.js')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      // As deployed: outside production, graphql-js inspects every failed type test for a second copy of itself.
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl ?? '',
      // Cached answers of another database's API on the same Redis must not be served here.
      REDIS_PREFIX: redisPrefix,
      PORT: String(port),
      DEMO: '0',
      LOG_LEVEL: 'warn',
      ANALYTICS_CACHE: cache ? '1' : '0',
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
  }
  child.kill('SIGKILL');
  throw new Error('the API did not start');
}
