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

/**
 * Starts the API on the benchmark database (its own process) and loads each of the five queries with
 * autocannon: cold (ANALYTICS_CACHE=0, every request computed by PostgreSQL) and warm (cache on). autocannon
 * reports p90 and p97.5, not p95: p95 lies between them.
 * Note: organisations is not an analytics query and is not cached; its cold and warm figures are both uncached.
 */
export async function runQueryBenchmarks(databaseUrl: string, redisUrl: string | undefined, seconds = 5): Promise<void> {
  for (const cache of [false, true]) {
    const port = 3900 + (cache ? 1 : 0);
    const api = await startApi(databaseUrl, redisUrl, port, cache);
    try {
      console.log(`GraphQL latency — ${cache ? 'warm (cache on, primed)' : 'cold (cache off)'}, 10 connections, ${seconds} s per query`);
      for (const [name, query] of QUERIES) {
        const body = JSON.stringify({ query });
        const url = `http://127.0.0.1:${port}/graphql`;
        const primed = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const answer = (await primed.json()) as { errors?: unknown };
        if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
        const result = await autocannon({
          url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          connections: 10,
          duration: seconds,
        });
        console.log(
          `  ${name.padEnd(42)} p50 ${ms(result.latency.p50)}  p90 ${ms(result.latency.p90)}  p97.5 ${ms(result.latency.p97_5)}  p99 ${ms(result.latency.p99)}  ` +
            `${Math.round(result.requests.average).toString().padStart(5)} req/s  errors ${result.errors + result.non2xx}`,
        );
      }
    } finally {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
  }
}

const ms = (value: number) => `${String(value).padStart(4)} ms`;

async function startApi(databaseUrl: string, redisUrl: string | undefined, port: number, cache: boolean): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../../../api/src/main.js')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl ?? '',
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
