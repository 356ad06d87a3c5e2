/**
 * The same measurements as render.bench.tsx with React's production build (Vitest always loads the
 * development build, which costs several times more per element). Prints medians in milliseconds:
 *   NODE_ENV=production npx tsx bench/measureProduction.ts [100,1000,10000]
 */
import { JSDOM } from 'jsdom';

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
  globals[key] = (dom.window as unknown as Record<string, unknown>)[key];
}

const { createElement } = await import('react');
const { flushSync } = await import('react-dom');
const { createRoot } = await import('react-dom/client');
const { StacView, clearTemplateCache, renderStacToString } = await import('../src/renderer');
const { parseStacDocument } = await import('../src/stac-schema');
const { boundDocument, boundScope, cardCount, withQuantity } = await import('./boundDocument');

if (process.env.NODE_ENV !== 'production')
  console.warn('NODE_ENV is not "production": React runs its development build.');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const sizes = (process.argv[2] ?? '100,1000,10000').split(',').map(Number);
for (const size of sizes) {
  const document = boundDocument(size);
  const scope = boundScope(size);
  const rounds = size >= 10_000 ? 5 : 15;
  const validate: number[] = [];
  const firstRender: number[] = [];
  const coldRender: number[] = [];
  const reRender: number[] = [];
  const serverRender: number[] = [];
  for (let round = 0; round < rounds + 2; round += 1) {
    const warm = round >= 2;
    const v = time(() => parseStacDocument(document));
    for (const cold of [false, true]) {
      const container = window.document.createElement('div');
      window.document.body.appendChild(container);
      const root = createRoot(container);
      if (cold) clearTemplateCache();
      const r = time(() => flushSync(() => root.render(createElement(StacView, { document, scope }))));
      if (warm) (cold ? coldRender : firstRender).push(r);
      if (!cold) {
        const changed = cardCount(size) >> 1;
        const u = time(() =>
          flushSync(() =>
            root.render(
              createElement(StacView, { document, scope: withQuantity(scope, changed, 999_999 + round) }),
            ),
          ),
        );
        if (!container.textContent?.includes(`${(999_999 + round).toLocaleString('en-US')} pcs`)) {
          throw new Error('the one-field change did not reach the DOM');
        }
        if (warm) reRender.push(u);
      }
      root.unmount();
      container.remove();
    }
    // The same tree rendered to a string: React and our code without jsdom's DOM and CSS objects.
    const s = time(() => renderStacToString(document, { scope }));
    if (warm) {
      validate.push(v);
      serverRender.push(s);
    }
  }
  console.log(
    `${size} nodes: validate ${median(validate).toFixed(1)} ms, first render ${median(firstRender).toFixed(1)} ms ` +
      `(template cache cleared ${median(coldRender).toFixed(1)} ms), one-field re-render ${median(reRender).toFixed(1)} ms, ` +
      `renderStacToString ${median(serverRender).toFixed(1)} ms`,
  );
}
