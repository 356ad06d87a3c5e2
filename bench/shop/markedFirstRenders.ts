/**
 * First renders for a CPU trace (`STAC_BENCH_CLOCK=cpu npm run bench -- chromium`): each mount, with the
 * style and layout it forces, runs in a task of its own that begins with a `performance.mark` naming it; the
 * unmount runs in the next task. The trace then gives each first render's main-thread CPU time, split into
 * style (`UpdateLayoutTree`), layout and the rest (script, DOM work, garbage collection): the wall clock of a
 * busy shared machine moves more than the differences these parts show (bench/chromium/cpuTrace.ts).
 */
import { jsonRender, stacWeb, type BenchRenderer } from './renderers';
import { shopState } from './shopDocument';
import { nextTask } from './sampling';

export const MARK_PREFIX = 'stac-bench|';
export const CPU_SCENARIOS = ['fresh', 'cached'] as const;

/** `stac-bench|<size>|<scenario>|<renderer>|<round>`; warm-up rounds are negative. */
export function markName(size: number, scenario: string, renderer: string, round: number): string {
  return `${MARK_PREFIX}${size}|${scenario}|${renderer}|${round}`;
}

export async function markFirstRenders(
  size: number,
  rounds: number,
  settle: (container: HTMLElement) => void,
): Promise<void> {
  const renderers: readonly BenchRenderer[] = [stacWeb, jsonRender];
  const state = shopState(size);
  const lastName = state.items[size - 1].name;
  const cached = new Map<BenchRenderer, unknown>();
  const warmUp = size >= 10_000 ? 1 : 3;
  // All rounds of one scenario, then the other's, as the wall-clock run does: a fresh render forgets every
  // cached template, so the cached document is rendered once again (a warm-up round) before its rounds.
  for (const scenario of CPU_SCENARIOS) {
    for (let round = -warmUp; round < rounds; round += 1) {
      for (let k = 0; k < renderers.length; k += 1) {
        const renderer = renderers[(k + round + warmUp) % renderers.length];
        let document = scenario === 'cached' ? cached.get(renderer) : undefined;
        if (document === undefined) {
          document = renderer.createDocument(size);
          renderer.forgetCaches();
          if (scenario === 'cached') cached.set(renderer, document);
        }
        const container = window.document.createElement('div');
        window.document.body.appendChild(container);
        await nextTask();
        performance.mark(markName(size, scenario, renderer.name, round));
        const view = renderer.mount(container, document, state);
        settle(container);
        await nextTask();
        if (!container.textContent?.includes(lastName)) {
          throw new Error(`${renderer.name} first render: "${lastName}" is not on the page`);
        }
        view.unmount();
        container.remove();
      }
    }
  }
  await nextTask();
}
