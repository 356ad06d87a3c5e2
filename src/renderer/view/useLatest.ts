import { useLayoutEffect, useRef } from 'react';

/**
 * The latest value, read through a stable ref: callbacks a host passes inline (onProblem, services) are
 * read when they are needed, so a new function on every host render never changes a context value (which
 * would re-render every node). Written after commit (never during render, which React may repeat or
 * discard): callbacks run in events and effects, after the commit that gave them their props. `afterCommit`
 * runs in the same effect, after the value is written: a component pays for one effect, not two.
 */
export function useLatest<T>(value: T, afterCommit?: () => void): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
    afterCommit?.();
  });
  return ref;
}
