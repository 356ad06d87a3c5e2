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
  if (typeof target === 'string') {
    if (key === 'length') return { kind: 'found', value: target.length };
    const index = arrayIndex(key);
    return index !== null && index < target.length ? { kind: 'found', value: target[index] } : MISSING;
  }
  if (target === null || typeof target !== 'object') return MISSING;
  if (Array.isArray(target)) {
    if (key === 'length') return { kind: 'found', value: target.length };
    const index = arrayIndex(key);
    if (index === null || index >= target.length || !Object.hasOwn(target, index)) return MISSING;
    return dataValue(Object.getOwnPropertyDescriptor(target, index));
  }
  if (!Object.hasOwn(target, key)) return MISSING;
  return dataValue(Object.getOwnPropertyDescriptor(target, key));
}

function dataValue(descriptor: PropertyDescriptor | undefined): OwnValueLookup {
  if (!descriptor || !('value' in descriptor) || typeof descriptor.value === 'function') return MISSING;
  return { kind: 'found', value: descriptor.value };
}

function arrayIndex(key: string): number | null {
  if (!/^(0|[1-9]\d{0,8})$/.test(key)) return null;
  return Number(key);
}
