/**
 * `npm run bench`: every side-by-side measurement, each part in its own Node process with production
 * React (NODE_ENV is set before React loads, and no part's caches or JIT state leak into another).
 *   npm run bench                         jsdom, Chromium, server render, bundle sizes, server throughput
 *   npm run bench -- jsdom chromium       only those parts
 *   STAC_BENCH_SIZES=100,1000             item counts (default 100,1000,10000)
 *   STAC_BENCH_ROUNDS=5                   measured rounds per scenario (default 21 / 11 / 5 by size)
 *   STAC_BENCH_CLOCK=cpu                  jsdom, ssr: time by the process's CPU time, not the wall clock;
 *                                         Chromium: also each first render's main-thread CPU from a trace
 * Timings live here and never in `npm test`: the machine is shared, so only ratios measured in the same
 * run, interleaved, say anything.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PARTS = {
  jsdom: 'jsdomSideBySide.ts',
  chromium: 'chromiumSideBySide.ts',
  ssr: 'serverRenderSideBySide.ts',
  bundles: 'bundleSizes.ts',
  // Requests per second against a bare node:http server; starts a throwaway PostgreSQL too.
  server: 'serverThroughput.ts',
} as const;
/** Parts that take the item counts; the others have their own options. */
const SIZED: ReadonlySet<Part> = new Set(['jsdom', 'chromium', 'ssr']);
type Part = keyof typeof PARTS;

const asked = process.argv.slice(2).filter((arg): arg is Part => arg in PARTS);
const unknown = process.argv.slice(2).filter((arg) => !(arg in PARTS));
if (unknown.length) {
  console.error(`Unknown part(s) ${unknown.join(', ')}: choose from ${Object.keys(PARTS).join(', ')}.`);
  process.exit(2);
}
const parts = asked.length ? asked : (Object.keys(PARTS) as Part[]);
const sizes = process.env.STAC_BENCH_SIZES ?? '100,1000,10000';
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

let failed = 0;
for (const part of parts) {
  const script = fileURLToPath(new URL(PARTS[part], import.meta.url));
  const result = spawnSync(tsx, SIZED.has(part) ? [script, sizes] : [script], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    console.error(`\nbench part "${part}" failed (exit ${result.status ?? result.signal}).`);
    failed += 1;
  }
}
process.exit(failed ? 1 : 0);
