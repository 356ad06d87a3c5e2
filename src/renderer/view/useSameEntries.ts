import { useRef } from 'react';

/**
 * `value`, or the previous value while it has exactly the same own keys and values: a registry or helper
 * table rebuilt with the same entries on every host render is the same table and must not re-render every
 * node.
 */
export function useSameEntries<T extends object | undefined>(value: T): T {
  const previous = useRef(value);
  if (previous.current !== value && !sameEntries(previous.current, value)) previous.current = value;
  return previous.current;
}

function sameEntries(a: object | undefined, b: object | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(b, key) && aRecord[key] === bRecord[key]);
}
