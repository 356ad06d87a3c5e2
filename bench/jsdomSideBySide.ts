/**
 * stac-web against json-render in jsdom, production React. Run through `npm run bench` (which sets
 * NODE_ENV=production before React loads), or alone: `NODE_ENV=production npx tsx bench/jsdomSideBySide.ts 1000`.
 * The scenarios and stac-web run built, as json-render does (bench/buildForNode.ts).
 */
import { JSDOM } from 'jsdom';
import { importBuilt } from './buildForNode';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
const globals = globalThis as Record<string, unknown>;
for (const key of [
  'window',
  'document',
  'navigator',
  'HTMLElement',
  'Node',
  'Element',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'MutationObserver',
  'Event',
  'CustomEvent',
  'DocumentFragment',
  'Text',
  'SVGElement',
]) {
  if (!(key in globals) || key === 'navigator') {
    Object.defineProperty(globals, key, {
      value: (dom.window as unknown as Record<string, unknown>)[key],
      configurable: true,
      writable: true,
    });
  }
}

if (process.env.NODE_ENV !== 'production')
  console.warn('NODE_ENV is not "production": React runs its development build.');

const { defaultRounds, measureFixedCost, measureSize, formatFixedCost, formatResults } = await importBuilt<
  typeof import('./shop/nodeEntry')
>(new URL('./shop/nodeEntry.ts', import.meta.url));

// STAC_BENCH_CLOCK=cpu times each render by the process's CPU time instead of the wall clock: on a shared
// machine a neighbour's load stretches wall time (waiting for a core) far more than it stretches CPU time.
const cpuClock = process.env.STAC_BENCH_CLOCK === 'cpu';
const now = cpuClock
  ? () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
  : undefined;
const clock = cpuClock ? 'CPU time' : 'wall time';
const sizes = (process.argv[2] ?? '100,1000,10000').split(',').map(Number);
const results = [];
for (const size of sizes) results.push(...(await measureSize(size, defaultRounds(size), { now })));
console.log(formatResults(`jsdom, production React, ${clock}: first render and update, medians`, results));
console.log(formatFixedCost(`jsdom fixed cost of a view (${clock})`, await measureFixedCost(21, { now })));
