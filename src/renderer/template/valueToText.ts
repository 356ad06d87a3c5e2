/**
 * The text of a value in a template's output. Never calls a method of the value (no `toString` of
 * host objects): primitives as JavaScript writes them, dates as ISO, arrays joined with commas like
 * Handlebars does, other objects as `[object Object]`, missing values as nothing.
 */
export function valueToText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return '';
    case 'object':
      if (value === null) return '';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
      if (Array.isArray(value)) return value.map((item) => valueToText(item)).join(',');
      return '[object Object]';
  }
}
