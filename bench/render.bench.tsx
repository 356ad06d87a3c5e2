// @vitest-environment jsdom
/**
 * Validation, first render and one-field re-render of generated documents with bound templates, in jsdom.
 * Run with `npm run bench` (sizes: STAC_BENCH_SIZES=100,1000). The number of nodes that re-render on a
 * one-field change is asserted in test/renderer/template/rerenderOnScopeChange.test.tsx; here a run fails
 * if more than the one reading node re-renders.
 */
import { bench, describe } from 'vitest';
import { createElement, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { parseStacDocument } from '../src/stac-schema';
import { StacView, clearTemplateCache, createWidgetRegistry, defaultWidgetRegistry } from '../src/renderer';
import type { StacWidgetProps } from '../src/renderer/contract';
import {
  boundDocument,
  boundScope,
  cardCount,
  countNodes,
  withQuantity,
  type BoundScope,
} from './boundDocument';

let textRenders = 0;
const Text = defaultWidgetRegistry.text as ComponentType<StacWidgetProps>;
function CountingText(props: StacWidgetProps) {
  textRenders += 1;
  return createElement(Text, props);
}
const registry = createWidgetRegistry({ text: CountingText });

interface Mounted {
  root: Root;
  container: HTMLElement;
}

// flushSync renders and commits synchronously; the scope store is updated in a layout effect, whose
// updates React also flushes before returning, so the DOM is final when render() returns.
function render(view: Mounted, scope: BoundScope, document: unknown): void {
  flushSync(() => view.root.render(createElement(StacView, { document, scope, registry })));
}

function mount(document: unknown, scope: BoundScope): Mounted {
  const container = window.document.createElement('div');
  window.document.body.appendChild(container);
  const view = { root: createRoot(container), container };
  render(view, scope, document);
  return view;
}

function unmount(view: Mounted): void {
  view.root.unmount();
  view.container.remove();
}

const sizes = (process.env.STAC_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);

for (const size of sizes) {
  const document = boundDocument(size);
  const scope = boundScope(size);
  if (countNodes(document) !== size)
    throw new Error(`generated ${countNodes(document)} nodes, wanted ${size}`);
  const iterations = size >= 10_000 ? 5 : 20;
  const options = { iterations, time: 0, warmupIterations: 2, warmupTime: 0 };

  describe(`${size} nodes`, () => {
    bench(
      'validate (parseStacDocument)',
      () => {
        const result = parseStacDocument(document);
        if (!result.ok) throw new Error('document did not validate');
      },
      options,
    );

    // Vitest gives no per-iteration hook outside the measured function, so each iteration also unmounts
    // (keeping 20 mounted trees would slow jsdom down instead). measureProduction.ts times the mount alone.
    bench(
      'first render + unmount (StacView in jsdom, templates parsed before)',
      () => {
        unmount(mount(document, scope));
      },
      options,
    );

    bench(
      'first render + unmount, template cache cleared',
      () => {
        clearTemplateCache();
        unmount(mount(document, scope));
      },
      options,
    );

    let view: Mounted | null = null;
    let flip = false;
    const changed = cardCount(size) >> 1;
    bench(
      're-render after one bound field changes',
      () => {
        if (!view) throw new Error('not mounted');
        flip = !flip;
        const qty = flip ? 999_999 : scope.items[changed].qty;
        textRenders = 0;
        render(view, withQuantity(scope, changed, qty), document);
        if (textRenders !== 1)
          throw new Error(`${textRenders} text nodes re-rendered for one field, expected 1`);
        if (flip && !view.container.textContent?.includes('999,999 pcs'))
          throw new Error('the change did not reach the DOM');
      },
      {
        ...options,
        iterations: iterations * 2,
        setup: () => {
          view ??= mount(document, scope);
        },
        teardown: () => {
          if (view) unmount(view);
          view = null;
        },
      },
    );
  });
}
