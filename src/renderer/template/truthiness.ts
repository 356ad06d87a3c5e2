/**
 * Handlebars' notion of a false condition: `false`, `undefined`, `null`, `''`, `0`, `NaN` and `[]`.
 * `includeZero` (the `#if x includeZero=true` option) makes `0` true.
 */
export function isTemplateTruthy(value: unknown, includeZero = false): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value === 0) return includeZero;
  return Boolean(value);
}
