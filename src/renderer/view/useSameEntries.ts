import { useState } from 'react';

/**
 * `value`, or the previous value while it has exactly the same own keys and values: a registry or helper
 * table rebuilt with the same entries on every host render is the same table and must not re-render every
 * node.
 */
export function useSameEntries<T extends object | undefined>(value: T): T {
  // Derived state (React's pattern for "remember something from the previous render"), not a ref in render.
  const [kept, setKept] = useState(value);
  if (kept === value || sameEntries(kept, value)) return kept;
  setKept(value);
  return value;
}

function sameEntries(a: object | undefined, b: object | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(b, key) && aRecord[key] === bRecord[key]);
}
