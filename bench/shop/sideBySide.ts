/**
 * Interleaved rounds of the side-by-side scenarios, in whatever DOM the caller provides (jsdom or
 * Chromium). Each round runs every renderer once, in alternating order, and records the ratio of
 * stac-web's time to json-render's: the median of those ratios is robust against a neighbour on the
 * machine slowing down one whole round. Each timed operation runs in a turn of the event loop of its own and
 * a sample sums a batch of them (bench/shop/sampling.ts says why).
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createElement } from 'react';
import { jsonRender, stacWeb, type BenchRenderer } from './renderers';
import { shopState, updatedPrice } from './shopDocument';
import { batchFor, nextTask, settleTasks } from './sampling';

export type ScenarioName =
  'first render, fresh document' | 'first render, cached document' | 'one field changes';

export interface ScenarioResult {
  scenario: ScenarioName;
  size: number;
  rounds: number;
  /** Operations timed per sample (bench/shop/sampling.ts); 1 where each sample is one operation. */
  batch?: number;
  /** Median milliseconds per operation and renderer. */
  stacWeb: number;
  jsonRender: number;
  /** Median of the per-round ratios stac-web / json-render. */
  ratio: number;
}

export interface MeasureOptions {
  /** Called after each commit inside the timed span, e.g. to force style and layout in a browser. */
  settle?(container: HTMLElement): void;
  now?(): number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function freshContainer(): HTMLElement {
  const container = document.createElement('div');
  document.body.appendChild(container);
  return container;
}

function expectText(container: HTMLElement, text: string, what: string): void {
  if (!container.textContent?.includes(text)) throw new Error(`${what}: "${text}" is not on the page`);
}

/** One sample: the summed milliseconds of `batch` operations, each in a turn of the event loop of its own. */
type Measure<R> = (renderer: R, round: number, batch: number) => Promise<number>;

/** Times `operation` (with `settle` after it, as a browser lays out before it paints). */
function timer(options: MeasureOptions) {
  const now = options.now ?? (() => performance.now());
  const settle = options.settle ?? (() => undefined);
  return <T>(container: HTMLElement, operation: () => T): [T, number] => {
    const started = now();
    const result = operation();
    settle(container);
    return [result, now() - started];
  };
}

/**
 * A batch of mounts, each into its own container after a macrotask, its root unmounted before the next:
 * a page with one view at a time.
 */
async function timeMounts<D>(
  batch: number,
  time: ReturnType<typeof timer>,
  mount: (container: HTMLElement, document: D) => () => void,
  check: (container: HTMLElement) => void,
  prepare: () => D,
): Promise<number> {
  let total = 0;
  for (let i = 0; i < batch; i += 1) {
    const container = freshContainer();
    const document = prepare();
    await nextTask();
    const [unmount, elapsed] = time(container, () => mount(container, document));
    total += elapsed;
    check(container);
    unmount();
    container.remove();
  }
  await nextTask();
  return total;
}

function scenarios(size: number, options: MeasureOptions): Record<ScenarioName, Measure<BenchRenderer>> {
  const time = timer(options);
  const state = shopState(size);
  const lastName = state.items[size - 1].name;
  const cached = new Map<BenchRenderer, unknown>();
  const cachedDocument = (renderer: BenchRenderer) => {
    let document = cached.get(renderer);
    if (document === undefined) cached.set(renderer, (document = renderer.createDocument(size)));
    return document;
  };
  const firstRenders = (renderer: BenchRenderer, batch: number, document: () => unknown) =>
    timeMounts(
      batch,
      time,
      (container, document) => renderer.mount(container, document, state).unmount,
      (container) => expectText(container, lastName, `${renderer.name} first render`),
      document,
    );
  return {
    'first render, fresh document': (renderer, _round, batch) =>
      firstRenders(renderer, batch, () => {
        const document = renderer.createDocument(size);
        renderer.forgetCaches();
        return document;
      }),
    'first render, cached document': (renderer, _round, batch) =>
      firstRenders(renderer, batch, () => cachedDocument(renderer)),
    // One mounted view whose effects have settled, then `batch` updates of one item's price, one a turn.
    'one field changes': async (renderer, round, batch) => {
      const container = freshContainer();
      const view = renderer.mount(container, cachedDocument(renderer), state);
      await settleTasks();
      let total = 0;
      for (let i = 0; i < batch; i += 1) {
        const price = updatedPrice(round * MAX_UPDATES_PER_ROUND + i);
        total += time(container, () => view.setPrice(size >> 1, price))[1];
        expectText(container, price, `${renderer.name} update`);
        await nextTask();
      }
      view.unmount();
      container.remove();
      await nextTask();
      return total;
    },
  };
}

/** Distinct prices for every update of a run (a batch is at most this long). */
const MAX_UPDATES_PER_ROUND = 1000;

export function defaultRounds(size: number): number {
  const override = Number(globalThis.process?.env?.STAC_BENCH_ROUNDS);
  if (override > 0) return override;
  return size >= 10_000 ? 5 : size >= 1_000 ? 11 : 21;
}

interface Rounds {
  /** Per-round milliseconds per operation, one list per renderer (in `renderers`' order). */
  times: number[][];
  batch: number;
}

/**
 * Warm-up rounds (discarded; they choose the batch), then `rounds` measured ones; each round runs every
 * renderer once, the order rotating from round to round.
 */
async function interleavedRounds<R>(
  renderers: readonly R[],
  measure: Measure<R>,
  rounds: number,
  warmUp: number,
): Promise<Rounds> {
  const times = renderers.map(() => [] as number[]);
  let batch = 1;
  for (let round = 0; round < warmUp + rounds; round += 1) {
    const taken: number[] = [];
    for (let k = 0; k < renderers.length; k += 1) {
      const index = (k + round) % renderers.length;
      taken[index] = (await measure(renderers[index], round, batch)) / batch;
    }
    if (round < warmUp) {
      batch = batchFor(Math.min(...taken));
      continue;
    }
    taken.forEach((value, index) => times[index].push(value));
  }
  return { times, batch };
}

const ratiosOf = (a: readonly number[], b: readonly number[]) => a.map((value, i) => value / b[i]);

/**
 * Every scenario at one size: warm-up rounds first (discarded; each one sizes the next one's batch, as the
 * code warms up), then `rounds` measured ones.
 */
export async function measureSize(
  size: number,
  rounds: number,
  options: MeasureOptions = {},
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const warmUp = size >= 10_000 ? 1 : 3;
  for (const [scenario, measure] of Object.entries(scenarios(size, options)) as [
    ScenarioName,
    Measure<BenchRenderer>,
  ][]) {
    const {
      times: [stac, json],
      batch,
    } = await interleavedRounds([stacWeb, jsonRender], measure, rounds, warmUp);
    results.push({
      scenario,
      size,
      rounds,
      batch,
      stacWeb: median(stac),
      jsonRender: median(json),
      ratio: median(ratiosOf(stac, json)),
    });
  }
  return results;
}

export interface FixedCost {
  /** Median milliseconds per mount. */
  stacWebOneNode: number;
  jsonRenderOneElement: number;
  bareReact: number;
  /** Medians of the per-round ratios to the bare React div. */
  stacWebRatio: number;
  jsonRenderRatio: number;
  rounds: number;
  batch: number;
}

type FixedMount = (container: HTMLElement) => () => void;

/** What a view costs before any content: a one-node document against one element and a bare React div. */
export async function measureFixedCost(rounds: number, options: MeasureOptions = {}): Promise<FixedCost> {
  const time = timer(options);
  const state = shopState(1);
  const spec = { root: 't', elements: { t: { type: 'Text', props: { text: { $state: '/items/0/name' } } } } };
  const mounts: FixedMount[] = [
    (container) => stacWeb.mount(container, { type: 'text', data: '<<items[0].name>>' }, state).unmount,
    (container) => jsonRender.mount(container, spec, state).unmount,
    (container) => {
      const root = createRoot(container);
      flushSync(() => root.render(createElement('div', null, state.items[0].name)));
      return () => root.unmount();
    },
  ];
  const check = (container: HTMLElement) => expectText(container, 'Item 0', 'one-node view');
  const {
    times: [stac, json, bare],
    batch,
  } = await interleavedRounds(
    mounts,
    (mount, _round, n) => timeMounts(n, time, mount, check, () => undefined),
    rounds,
    3,
  );
  return {
    stacWebOneNode: median(stac),
    jsonRenderOneElement: median(json),
    bareReact: median(bare),
    stacWebRatio: median(ratiosOf(stac, bare)),
    jsonRenderRatio: median(ratiosOf(json, bare)),
    rounds,
    batch,
  };
}
