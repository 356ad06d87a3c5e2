/**
 * Requests per second for `GET /api/v1/plugins/installed` (session lookup, user lookup, the install list
 * joined with the catalog): first side by side with a bare `node:http` server that sends the same status,
 * headers and body (bench/bareHttpServer.ts), in interleaved rounds, as a ratio; then one instance on
 * PostgreSQL and two on one PostgreSQL. Real server processes on 127.0.0.1 and a throwaway PostgreSQL; the
 * load comes from this process, on the same machine.
 *   npm run bench:server [-- --seconds 10 --connections 32 --rounds 3 --log]
 * `--log`: the servers write their request log (a JSON line per request, as `npm start` does) to a pipe
 * this process reads; without it they log nothing. `npm run bench -- server` runs it too.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServerProcess, type ServerProcess } from '../test/server/helpers/serverProcess';
import { ensureDatabase, startTempPostgres } from '../test/server/helpers/tempPostgres';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '3' },
    log: { type: 'boolean', default: false },
  },
});
/** The real servers' request log (startServerProcess turns it off unless told). */
const LOG = { STAC_WEB_LOG: values.log ? '1' : '0' };
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const rounds = Math.max(1, Number(values.rounds));

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
  /** CPU time the server process spent per answered request, in microseconds (Linux only). */
  cpuPerRequest?: number;
}

/**
 * CPU time a process has run so far, in microseconds, from Linux's /proc/<pid>/schedstat (nanoseconds);
 * undefined elsewhere. Unlike requests per second it hardly depends on what the neighbours do.
 */
function cpuMicros(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;
  } catch {
    return undefined;
  }
}

/** `load` with the CPU time the server process `pid` spent per request on the way. */
async function loadMeasured(url: string, pid: number, token: string, durationMs: number): Promise<Result> {
  const before = cpuMicros(pid);
  const result = await load([url], token, durationMs);
  const after = cpuMicros(pid);
  if (before !== undefined && after !== undefined && result.requests > 0)
    result.cpuPerRequest = (after - before) / result.requests;
  return result;
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

function row(label: string, result: Result): string {
  const cpu = result.cpuPerRequest === undefined ? '-' : result.cpuPerRequest.toFixed(0);
  return `| ${label} | ${result.perSecond.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} | ${cpu} | ${result.requests} | ${result.errors} |`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What the real server answers, as the bare server's file: the same status, headers and body. */
async function recordResponse(url: string, token: string, file: string): Promise<void> {
  const response = await fetch(`${url}/api/v1/plugins/installed`, {
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' },
  });
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name))
      headers[name] = value;
  }
  writeFileSync(file, JSON.stringify({ status: response.status, headers, body: await response.text() }));
}

/**
 * The real server (SQLite) and the bare one in alternating rounds of `seconds / rounds` each, so that a
 * neighbour's burst lands on both; the ratio is the median of the per-round ratios.
 */
async function sideBySide(dir: string): Promise<string> {
  const real = await startServerProcess({ STAC_WEB_DB: join(dir, 'bench.db'), STAC_WEB_DEMO: '1', ...LOG });
  let bare: ServerProcess | null = null;
  try {
    const token = await signIn(real.url);
    const file = join(dir, 'installed-response.json');
    await recordResponse(real.url, token, file);
    bare = await startServerProcess({ STAC_BARE_RESPONSE: file }, join('bench', 'bareHttpServer.ts'));
    await load([real.url], token, 2_000); // warm up: JIT, page cache
    await load([bare.url], token, 2_000);
    const slice = (seconds * 1000) / rounds;
    const ratios: number[] = [];
    const results = { real: [] as Result[], bare: [] as Result[] };
    for (let round = 0; round < rounds; round += 1) {
      const first = round % 2 === 0;
      const [one, other] = first ? [real, bare] : [bare, real];
      const a = await loadMeasured(one.url, one.pid, token, slice);
      const b = await loadMeasured(other.url, other.pid, token, slice);
      const [realResult, bareResult] = first ? [a, b] : [b, a];
      results.real.push(realResult);
      results.bare.push(bareResult);
      ratios.push(realResult.perSecond / bareResult.perSecond);
    }
    const middle = (list: Result[]) =>
      list.slice().sort((x, y) => x.perSecond - y.perSecond)[list.length >> 1];
    const cpu = (list: Result[]) => {
      const measured = list.flatMap((result) => result.cpuPerRequest ?? []);
      return measured.length === list.length ? `${median(measured).toFixed(0)} us` : 'not measured';
    };
    return (
      `${row('1 instance, SQLite', middle(results.real))}\n${row('bare node:http, same bytes', middle(results.bare))}\n\n` +
      `stac-web / bare node:http: ${median(ratios).toFixed(2)}x the requests per second ` +
      `(median of ${rounds} interleaved rounds; goal: at least 0.5x)\n` +
      `server CPU per request (median of the rounds): stac-web ${cpu(results.real)}, bare node:http ${cpu(results.bare)}\n`
    );
  } finally {
    await Promise.all([real.stop(), bare?.stop()]);
  }
}

async function measure(label: string, instances: ServerProcess[]): Promise<string> {
  try {
    const urls = instances.map((instance) => instance.url);
    const token = await signIn(urls[0]);
    await load(urls, token, 2_000); // warm up: JIT, connection pools, page cache
    const before = instances.map((instance) => cpuMicros(instance.pid));
    const result = await load(urls, token, seconds * 1000);
    const spent = instances.map((instance, i) => (cpuMicros(instance.pid) ?? NaN) - (before[i] ?? NaN));
    const total = spent.reduce((sum, micros) => sum + micros, 0);
    // The server processes' CPU only: PostgreSQL's own processes are not counted.
    if (Number.isFinite(total) && result.requests > 0) result.cpuPerRequest = total / result.requests;
    return row(label, result);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'stac-web-bench-'));
const postgres = await startTempPostgres();
try {
  const header =
    '| setup | req/s | p50 ms | p95 ms | server CPU us/request | requests | errors |\n|---|---|---|---|---|---|---|\n';
  const versusBare = await sideBySide(dir);
  const rows: string[] = [];

  await ensureDatabase(postgres.adminUrl, 'bench_one');
  const one = { STAC_WEB_DB: postgres.urlFor('bench_one'), STAC_WEB_DEMO: '1', ...LOG };
  rows.push(await measure('1 instance, PostgreSQL', [await startServerProcess(one)]));

  await ensureDatabase(postgres.adminUrl, 'bench_two');
  const two = { STAC_WEB_DB: postgres.urlFor('bench_two'), STAC_WEB_DEMO: '1', ...LOG };
  const pair = await Promise.all([startServerProcess(two), startServerProcess(two)]);
  rows.push(await measure('2 instances, one PostgreSQL', pair));

  process.stdout.write(
    `\nGET /api/v1/plugins/installed (alice, 6 installs), ${connections} connections, ${seconds} s each\n\n` +
      `${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end (other work on the machine counts)\n\n` +
      `${header}${versusBare}\n${header}${rows.join('\n')}\n`,
  );
} finally {
  await postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
