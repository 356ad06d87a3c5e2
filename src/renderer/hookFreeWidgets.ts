/**
 * Widgets that keep no hook state (no state, ref, memo or effect) and render only elements and other
 * components. The node view calls such a widget as a plain function inside its own render instead of
 * rendering it as an element: one React fiber less per node (a list of a thousand items has thousands of
 * texts, columns and buttons). Such a widget may read contexts with React's `use` (useFlexParent,
 * useNearestForm, useHookFreeDispatch do), which React allows in a class component's render and which makes
 * the node view re-render when the context changes; any other hook called from a class component's render
 * throws, and the node then shows the failure.
 *
 * A row or column may draw such children in its own node view's render (inlineChild): each child's
 * binding and state are held by that node view, and a child whose node, state and renderer context are
 * unchanged hands React the element it drew before. So a widget drawn inline reads only contexts whose
 * value changes with the renderer context or with the nodes above it (the view, a form, the flex parent
 * and label contexts do), never the scope store's current values directly.
 */
import type { ReactNode } from 'react';
import type { StacWidgetComponent, StacWidgetProps } from './contract';

/** A widget written as a plain function of its props. */
export type HookFreeWidget = (props: StacWidgetProps) => ReactNode;

const hookFree = new WeakSet<StacWidgetComponent>();

/** Marks a built-in widget as hook-free (see above); returns it. */
export function hookFreeWidget<T extends HookFreeWidget>(component: T): T {
  hookFree.add(component);
  return component;
}

export function isHookFreeWidget(component: StacWidgetComponent): component is HookFreeWidget {
  return hookFree.has(component);
}

/**
 * What a hook-free widget keeps between renders of its node instead of a `useState`: one value held by the
 * node view that calls it (an image's failed source), and a setter that re-renders that node.
 */
export interface HookFreeWidgetState {
  readonly widgetState: unknown;
  setWidgetState(value: unknown): void;
  /**
   * Renders the child node at `path` as part of this render (bound, held and subscribed by the node view
   * that renders now), or returns undefined when the child needs a node view of its own (StacNodeView's
   * inlineChild says which). `key`, when given, keys the element it returns (an item of a list).
   */
  inlineChild?(node: unknown, path: string, key?: number): ReactNode | undefined;
}

let calling: HookFreeWidgetState | null = null;

/** Calls a hook-free widget as part of `holder`'s render: the widget reads `holder` through `hookFreeWidgetState`. */
export function callHookFreeWidget(
  widget: HookFreeWidget,
  props: StacWidgetProps,
  holder: HookFreeWidgetState,
): ReactNode {
  const outer = calling;
  calling = holder;
  try {
    return widget(props);
  } finally {
    calling = outer;
  }
}

/**
 * A child node rendered in the render of the node view calling the widget now (no fiber of its own), or
 * undefined: the caller then renders it as an element (StacChild). Only for a child with no provider between
 * it and the calling widget's node view, since the child reads its contexts there.
 */
export function inlineChild(node: unknown, path: string, key?: number): ReactNode | undefined {
  return calling?.inlineChild?.(node, path, key);
}

/** The path of the plain label a button renders inline now (buttonLabel.ts), or null. */
let bareLabelPath: string | null = null;

/** inlineChild for a Material button's plain text label: the text draws its text as the button's own. */
export function inlineBareLabel(node: unknown, path: string): ReactNode | undefined {
  const outer = bareLabelPath;
  bareLabelPath = path;
  try {
    return inlineChild(node, path);
  } finally {
    bareLabelPath = outer;
  }
}

/** Whether the text at `path` renders now as the inline plain label of its button. */
export function isInlineBareLabel(path: string): boolean {
  return bareLabelPath === path;
}

/**
 * The state of the node view calling this widget now, or null when no node view is (a host rendering the
 * widget as an element of its own): such a widget then renders a component with state of its own.
 */
export function hookFreeWidgetState(): HookFreeWidgetState | null {
  return calling;
}
