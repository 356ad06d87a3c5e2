/**
 * The two renderers behind one interface, for the jsdom, Chromium and server-render runs. Every mount and
 * update is synchronous (flushSync), so a timer around it measures React's render and commit of that
 * renderer and nothing queued after it.
 */
import { type CSSProperties, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  JSONUIProvider,
  Renderer,
  createStateStore,
  type ComponentRenderProps,
  type Spec,
} from '@json-render/react';
import { z } from 'zod';
import { StacView, clearTemplateCache } from '../../src/renderer';
import { createActionRegistry, defineMethod } from '../../src/actions';
import {
  jsonRenderShopSpec,
  stacShopDocument,
  withPrice,
  type JsonRenderSpec,
  type ShopState,
} from './shopDocument';

export interface MountedView {
  /** Changes one item's price and returns when the DOM shows it. */
  setPrice(index: number, price: string): void;
  unmount(): void;
}

export interface BenchRenderer {
  readonly name: string;
  /** A document of `count` items, new each call (nothing of it is cached yet). */
  createDocument(count: number): unknown;
  /** Forget whatever a previous render of an equal document left in caches (a fresh document). */
  forgetCaches(): void;
  mount(container: HTMLElement, document: unknown, state: ShopState): MountedView;
  element(document: unknown, state: ShopState): ReactNode;
}

export const addedToCart: string[] = [];

/** The shop's one method, registered as a host registers its handlers (json-render gets its handlers too). */
export const stacActions = createActionRegistry({
  methods: [
    defineMethod('addToCart', z.object({ id: z.string() }), (params) => {
      addedToCart.push(params.id);
    }),
  ],
});

// 10,000 items are 60,001 widget nodes and about 2 MB: above the default limits for plugin documents, so
// the benchmark raises them (the work per node is the same).
const BENCH_LIMITS = { maxNodes: 200_000, maxBytes: 32 * 1024 * 1024 };

export const stacWeb: BenchRenderer = {
  name: 'stac-web',
  createDocument: stacShopDocument,
  forgetCaches: clearTemplateCache,
  element: (document, state) => (
    <StacView document={document} scope={state} actions={stacActions} limits={BENCH_LIMITS} />
  ),
  mount(container, document, state) {
    const root = createRoot(container);
    let current = state;
    flushSync(() => root.render(this.element(document, current)));
    return {
      setPrice: (index, price) => {
        current = withPrice(current, index, price);
        flushSync(() => root.render(this.element(document, current)));
      },
      unmount: () => root.unmount(),
    };
  },
};

// json-render's components are the host's; these are the plain ones a host would write for this shape.
const column: CSSProperties = { display: 'flex', flexDirection: 'column', alignItems: 'stretch' };
const item: CSSProperties = { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' };
const jsonRenderRegistry = {
  Column: ({ children }: ComponentRenderProps) => <div style={column}>{children}</div>,
  Item: ({ children }: ComponentRenderProps) => <div style={item}>{children}</div>,
  Text: ({ element }: ComponentRenderProps<{ text?: string; bold?: boolean }>) => (
    <span style={element.props.bold ? { fontWeight: 'bold' } : undefined}>{element.props.text}</span>
  ),
  Image: ({ element }: ComponentRenderProps<{ src?: string; width?: number; height?: number }>) => (
    <img src={element.props.src} width={element.props.width} height={element.props.height} alt="" />
  ),
  Button: ({ element, emit }: ComponentRenderProps<{ label?: string }>) => (
    <button type="button" onClick={() => emit('press')}>
      {element.props.label}
    </button>
  ),
};
const jsonRenderHandlers = {
  addToCart: (params: Record<string, unknown>) => {
    addedToCart.push(String(params.id));
  },
};

function jsonRenderTree(spec: JsonRenderSpec, store: ReturnType<typeof createStateStore>): ReactNode {
  return (
    <JSONUIProvider registry={jsonRenderRegistry} store={store} handlers={jsonRenderHandlers}>
      <Renderer spec={spec as unknown as Spec} registry={jsonRenderRegistry} />
    </JSONUIProvider>
  );
}

export const jsonRender: BenchRenderer = {
  name: 'json-render',
  createDocument: jsonRenderShopSpec,
  forgetCaches: () => undefined,
  element: (document, state) => jsonRenderTree(document as JsonRenderSpec, createStateStore(state)),
  mount(container, document, state) {
    const root = createRoot(container);
    const store = createStateStore(state);
    flushSync(() => root.render(jsonRenderTree(document as JsonRenderSpec, store)));
    return {
      setPrice: (index, price) => flushSync(() => store.set(`/items/${index}/price`, price)),
      unmount: () => root.unmount(),
    };
  },
};

export const renderers: readonly BenchRenderer[] = [stacWeb, jsonRender];
