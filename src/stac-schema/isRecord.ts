/**
 * A non-null object that is not an array: the one test every reader of untrusted JSON uses before it reads
 * props by name (a plugin's `ui`, a manifest, an API answer, a widget's style map). Class instances pass too;
 * a reader that must refuse them checks the prototype itself (valueReaders' `record`).
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
