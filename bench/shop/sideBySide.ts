/**
 * Interleaved rounds of the side-by-side scenarios, in whatever DOM the caller provides (jsdom or
 * Chromium). Each round runs every renderer once, in alternating order, and records the ratio of
 * stac-web's time to json-render's: the median of those ratios is robust against a neighbour on the
 * machine slowing down one whole round.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createElement } from 'react';
import { jsonRender, stacWeb, type BenchRenderer } from './renderers';
import { shopState, updatedPrice } from './shopDocument';

export type ScenarioName =
  'first render, fresh document' | 'first render, cached document' | 'one field changes';

export interface ScenarioResult {
  scenario: ScenarioName;
  size: number;
  rounds: number;
  /** Median milliseconds per renderer. */
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

type Measure = (renderer: BenchRenderer, round: number) => number;

function scenarios(size: number, options: MeasureOptions): Record<ScenarioName, Measure> {
  const now = options.now ?? (() => performance.now());
  const settle = options.settle ?? (() => undefined);
  const state = shopState(size);
  const lastName = state.items[size - 1].name;
  const cached = new Map<BenchRenderer, unknown>();
  const cachedDocument = (renderer: BenchRenderer) => {
    let document = cached.get(renderer);
    if (document === undefined) cached.set(renderer, (document = renderer.createDocument(size)));
    return document;
  };
  const firstRender = (renderer: BenchRenderer, document: unknown) => {
    const container = freshContainer();
    const started = now();
    const view = renderer.mount(container, document, state);
    settle(container);
    const elapsed = now() - started;
    expectText(container, lastName, `${renderer.name} first render`);
    view.unmount();
    container.remove();
    return elapsed;
  };
  return {
    'first render, fresh document': (renderer) => {
      const document = renderer.createDocument(size);
      renderer.forgetCaches();
      return firstRender(renderer, document);
    },
    'first render, cached document': (renderer) => firstRender(renderer, cachedDocument(renderer)),
    'one field changes': (renderer, round) => {
      const container = freshContainer();
      const view = renderer.mount(container, cachedDocument(renderer), state);
      settle(container);
      const price = updatedPrice(round);
      const started = now();
      view.setPrice(size >> 1, price);
      settle(container);
      const elapsed = now() - started;
      expectText(container, price, `${renderer.name} update`);
      view.unmount();
      container.remove();
      return elapsed;
    },
  };
}

export function defaultRounds(size: number): number {
  const override = Number(globalThis.process?.env?.STAC_BENCH_ROUNDS);
  if (override > 0) return override;
  return size >= 10_000 ? 5 : size >= 1_000 ? 11 : 21;
}

/** Every scenario at one size: warm-up rounds first (discarded), then `rounds` measured ones. */
export function measureSize(size: number, rounds: number, options: MeasureOptions = {}): ScenarioResult[] {
  const results: ScenarioResult[] = [];
  const warmUp = size >= 10_000 ? 1 : 2;
  for (const [scenario, measure] of Object.entries(scenarios(size, options)) as [ScenarioName, Measure][]) {
    const times = { stac: [] as number[], json: [] as number[] };
    const ratios: number[] = [];
    for (let round = 0; round < warmUp + rounds; round += 1) {
      const order = round % 2 === 0 ? [stacWeb, jsonRender] : [jsonRender, stacWeb];
      const taken = new Map<BenchRenderer, number>();
      for (const renderer of order) taken.set(renderer, measure(renderer, round));
      if (round < warmUp) continue;
      const stac = taken.get(stacWeb)!;
      const json = taken.get(jsonRender)!;
      times.stac.push(stac);
      times.json.push(json);
      ratios.push(stac / json);
    }
    results.push({
      scenario,
      size,
      rounds,
      stacWeb: median(times.stac),
      jsonRender: median(times.json),
      ratio: median(ratios),
    });
  }
  return results;
}

export interface FixedCost {
  stacWebOneNode: number;
  jsonRenderOneElement: number;
  bareReact: number;
}

/** What a view costs before any content: a one-node document against one element and a bare React div. */
export function measureFixedCost(rounds: number, options: MeasureOptions = {}): FixedCost {
  const now = options.now ?? (() => performance.now());
  const settle = options.settle ?? (() => undefined);
  const stac: number[] = [];
  const json: number[] = [];
  const bare: number[] = [];
  const state = shopState(1);
  const time = (mount: (container: HTMLElement) => () => void) => {
    const container = freshContainer();
    const started = now();
    const unmount = mount(container);
    settle(container);
    const elapsed = now() - started;
    expectText(container, 'Item 0', 'one-node view');
    unmount();
    container.remove();
    return elapsed;
  };
  for (let round = 0; round < rounds + 2; round += 1) {
    const s = time((container) => {
      const view = stacWeb.mount(container, { type: 'text', data: '<<items[0].name>>' }, state);
      return view.unmount;
    });
    const j = time((container) => {
      const spec = {
        root: 't',
        elements: { t: { type: 'Text', props: { text: { $state: '/items/0/name' } } } },
      };
      const view = jsonRender.mount(container, spec, state);
      return view.unmount;
    });
    const b = time((container) => {
      const root = createRoot(container);
      flushSync(() => root.render(createElement('div', null, state.items[0].name)));
      return () => root.unmount();
    });
    if (round < 2) continue;
    stac.push(s);
    json.push(j);
    bare.push(b);
  }
  return { stacWebOneNode: median(stac), jsonRenderOneElement: median(json), bareReact: median(bare) };
}
