import { useLayoutEffect, useRef } from 'react';

/**
 * The latest value, read through a stable ref: callbacks a host passes inline (onProblem, services) are
 * read when they are needed, so a new function on every host render never changes a context value (which
 * would re-render every node). Written after commit (never during render, which React may repeat or
 * discard): callbacks run in events and effects, after the commit that gave them their props.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * A latest-value box a component keeps in a state of its own (with whatever else lives as long as it) and
 * writes after commit, like useLatest's ref: one hook fewer where a component has such a state anyway (an object in a
 * state, not a ref, is what lint lets an effect write).
 */
export class LatestValue<T> {
  constructor(public current: T) {}

  /** Called after commit only (a layout effect), never during render. */
  set(value: T): void {
    this.current = value;
  }
}
