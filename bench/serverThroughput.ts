/**
 * Requests per second for `GET /api/v1/plugins/installed` (session lookup, user lookup, the install list
 * joined with the catalog): one instance on SQLite, one on PostgreSQL, two on one PostgreSQL. Real server
 * processes on 127.0.0.1 and a throwaway PostgreSQL; the load comes from this process, on the same machine.
 *   npm run bench:server [-- --seconds 10 --connections 32]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServerProcess, type ServerProcess } from '../test/server/helpers/serverProcess';
import { ensureDatabase, startTempPostgres } from '../test/server/helpers/tempPostgres';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'alice', password: 'alice-demo' }),
  });
  if (!response.ok) throw new Error(`sign-in failed with ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

interface Result {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
}

/** `connections` loops, each sending the next request when the last answered, spread over the instances. */
async function load(urls: string[], token: string, durationMs: number): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      let turn = worker;
      while (performance.now() < end) {
        const url = urls[turn++ % urls.length];
        const sent = performance.now();
        const response = await fetch(`${url}/api/v1/plugins/installed`, {
          headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' },
        });
        await response.arrayBuffer();
        if (response.ok) latencies.push(performance.now() - sent);
        else errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? NaN;
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
  };
}

async function measure(label: string, instances: ServerProcess[]): Promise<string> {
  try {
    const urls = instances.map((instance) => instance.url);
    const token = await signIn(urls[0]);
    await load(urls, token, 2_000); // warm up: JIT, connection pools, page cache
    const result = await load(urls, token, seconds * 1000);
    return `| ${label} | ${result.perSecond.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} | ${result.requests} | ${result.errors} |`;
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'stac-web-bench-'));
const postgres = await startTempPostgres();
try {
  const rows: string[] = [];
  const sqlite = { STAC_WEB_DB: join(dir, 'bench.db'), STAC_WEB_DEMO: '1' };
  rows.push(await measure('1 instance, SQLite', [await startServerProcess(sqlite)]));

  await ensureDatabase(postgres.adminUrl, 'bench_one');
  const one = { STAC_WEB_DB: postgres.urlFor('bench_one'), STAC_WEB_DEMO: '1' };
  rows.push(await measure('1 instance, PostgreSQL', [await startServerProcess(one)]));

  await ensureDatabase(postgres.adminUrl, 'bench_two');
  const two = { STAC_WEB_DB: postgres.urlFor('bench_two'), STAC_WEB_DEMO: '1' };
  const pair = await Promise.all([startServerProcess(two), startServerProcess(two)]);
  rows.push(await measure('2 instances, one PostgreSQL', pair));

  process.stdout.write(
    `\nGET /api/v1/plugins/installed (alice, 6 installs), ${connections} connections, ${seconds} s each\n\n` +
      `${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end (other work on the machine counts)\n\n` +
      '| setup | req/s | p50 ms | p95 ms | requests | errors |\n|---|---|---|---|---|---|\n' +
      `${rows.join('\n')}\n`,
  );
} finally {
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
