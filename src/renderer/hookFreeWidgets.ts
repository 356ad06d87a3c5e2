/**
 * Widgets that keep no hook state (no state, ref, memo or effect) and render only elements and other
 * components. The node view calls such a widget as a plain function inside its own render instead of
 * rendering it as an element: one React fiber less per node (a list of a thousand items has thousands of
 * texts, columns and buttons). Such a widget may read contexts with React's `use` (useFlexParent,
 * useNearestForm, useHookFreeDispatch do), which React allows in a class component's render and which makes
 * the node view re-render when the context changes; any other hook called from a class component's render
 * throws, and the node then shows the failure.
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
 * The state of the node view calling this widget now, or null when no node view is (a host rendering the
 * widget as an element of its own): such a widget then renders a component with state of its own.
 */
export function hookFreeWidgetState(): HookFreeWidgetState | null {
  return calling;
}
