import { useState } from 'react';

type Table = object | undefined;

/**
 * The host's three tables (widget registry, template helpers, view replacements), each the previous one while
 * it has exactly the same own keys and values: a table rebuilt with the same entries on every host render is
 * the same table and must not re-render every node. One state hook for the three.
 */
export function useSameEntries<A extends Table, B extends Table, C extends Table>(
  a: A,
  b: B,
  c: C,
): readonly [A, B, C] {
  // Derived state (React's pattern for "remember something from the previous render"), not a ref in render.
  const [kept, setKept] = useState<readonly [A, B, C]>(() => [a, b, c]);
  const nextA = kept[0] === a || sameEntries(kept[0], a) ? kept[0] : a;
  const nextB = kept[1] === b || sameEntries(kept[1], b) ? kept[1] : b;
  const nextC = kept[2] === c || sameEntries(kept[2], c) ? kept[2] : c;
  if (nextA === kept[0] && nextB === kept[1] && nextC === kept[2]) return kept;
  const next = [nextA, nextB, nextC] as const;
  setKept(next);
  return next;
}

function sameEntries(a: Table, b: Table): boolean {
  if (a === undefined || b === undefined) return a === b;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(b, key) && aRecord[key] === bRecord[key]);
}
