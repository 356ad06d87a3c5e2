import { isForbiddenKey } from './forbiddenKeys';

export type OwnValueLookup =
  { kind: 'found'; value: unknown } | { kind: 'missing' } | { kind: 'refused'; key: string };

const MISSING: OwnValueLookup = Object.freeze({ kind: 'missing' });

/**
 * Reads `key` of `target` the only way a template may: own data properties of objects, own indices and
 * `length` of arrays and strings. Inherited members (`toString`, `constructor`, ...) are missing; getters
 * are never run; functions are never handed out. The forbidden keys are refused even when own.
 */
export function readOwnValue(target: unknown, key: string): OwnValueLookup {
  if (isForbiddenKey(key)) return { kind: 'refused', key };
  const value = readOwnData(target, key);
  return value === NOT_FOUND ? MISSING : { kind: 'found', value };
}

/** What readOwnData returns for a key that readOwnValue does not find or refuses. */
export const NOT_FOUND: unique symbol = Symbol('not found');

/**
 * readOwnValue's found value, or NOT_FOUND, with no object made for the answer: a bind plan reads three
 * keys for each of a list's thousands of bound props.
 */
export function readOwnData(target: unknown, key: string): unknown {
  if (isForbiddenKey(key)) return NOT_FOUND;
  if (typeof target === 'string') {
    if (key === 'length') return target.length;
    const index = arrayIndex(key);
    return index !== null && index < target.length ? target[index] : NOT_FOUND;
  }
  if (target === null || typeof target !== 'object') return NOT_FOUND;
  if (Array.isArray(target)) {
    if (key === 'length') return target.length;
    const index = arrayIndex(key);
    if (index === null || index >= target.length || !Object.hasOwn(target, index)) return NOT_FOUND;
    return dataValue(Object.getOwnPropertyDescriptor(target, index));
  }
  if (!Object.hasOwn(target, key)) return NOT_FOUND;
  return dataValue(Object.getOwnPropertyDescriptor(target, key));
}

function dataValue(descriptor: PropertyDescriptor | undefined): unknown {
  if (!descriptor || !('value' in descriptor) || typeof descriptor.value === 'function') return NOT_FOUND;
  return descriptor.value;
}

function arrayIndex(key: string): number | null {
  if (!/^(0|[1-9]\d{0,8})$/.test(key)) return null;
  return Number(key);
}
