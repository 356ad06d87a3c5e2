/**
 * A non-null object that is not an array: the one test every reader of untrusted JSON uses before it reads
 * props by name (a plugin's `ui`, a manifest, an API answer, a widget's style map). Class instances pass too;
 * a reader that must refuse them checks the prototype itself (valueReaders' `record`).
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object made as JSON.parse or an object literal makes it (its prototype `Object.prototype`, or none):
 * data to read or copy prop by prop, never an array, a class instance or a host's object with behaviour.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
