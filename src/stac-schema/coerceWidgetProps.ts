/**
 * After binding, a template in a number or boolean prop has become a string (`"24"`, `"true"`). The
 * schema knows which props are numbers and booleans, so it turns those strings into the runtime type.
 * A string that still is not a number/boolean (an unbound template, `"big"`) becomes `undefined`, so a
 * widget treats the prop as absent instead of writing garbage into CSS.
 */
import { widgetSpecOf } from './widgetSpecLookup';
import { jsTypeOf, type LeafShape, type Shape } from './shapes';
import { unionMembersAccepting } from './unionMembers';
import { parseNumber } from './values';

const UNCHANGED = Symbol('unchanged');

function coerceLeaf(shape: LeafShape, value: string): unknown {
  switch (shape.coerce) {
    case 'number': {
      const n = parseNumber(value);
      return n === null ? undefined : n;
    }
    case 'int': {
      const n = parseNumber(value);
      return n === null || !Number.isFinite(n) ? undefined : Math.trunc(n);
    }
    case 'bool': {
      const text = value.trim();
      if (text === 'true' || text === '1') return true;
      if (text === 'false' || text === '0' || text === '') return false;
      return undefined;
    }
    default:
      return UNCHANGED;
  }
}

function coerceValue(shape: Shape, value: unknown, depth: number): unknown {
  if (value === undefined || value === null || depth > 32) return value;
  switch (shape.k) {
    case 'widget':
    case 'action':
      return value;
    case 'leaf': {
      if (typeof value !== 'string') return value;
      const coerced = coerceLeaf(shape, value);
      return coerced === UNCHANGED ? value : coerced;
    }
    case 'list': {
      if (!Array.isArray(value)) return value;
      // A list of widgets (a column's children) is never coerced: no copy unless an item changes.
      if (shape.of.k === 'widget') return value;
      let out: unknown[] | undefined;
      for (let index = 0; index < value.length; index += 1) {
        const next = coerceValue(shape.of, value[index], depth + 1);
        if (next !== value[index]) (out ??= value.slice())[index] = next;
      }
      return out ?? value;
    }
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const record = value as Record<string, unknown>;
      let out: Record<string, unknown> | undefined;
      for (const key in record) {
        if (!Object.hasOwn(record, key) || !Object.hasOwn(shape.props, key)) continue;
        const next = coerceValue(shape.props[key], record[key], depth + 1);
        if (next !== record[key]) {
          out ??= { ...record };
          out[key] = next;
        }
      }
      return out ?? value;
    }
    case 'union': {
      const type = jsTypeOf(value);
      if (type === 'string') {
        // A string in a union (EdgeInsets `"16"`, TextStyle `"titleLarge"`): a named leaf that accepts it
        // as is wins; otherwise coerce through the first leaf that can convert it.
        for (const member of shape.of) {
          if (member.k === 'leaf' && member.coerce === undefined && member.check(value)) return value;
        }
        for (const member of shape.of) {
          if (member.k === 'leaf' && member.coerce !== undefined) return coerceValue(member, value, depth);
        }
        return value;
      }
      const member = unionMembersAccepting(shape, type)[0];
      return member ? coerceValue(member, value, depth) : value;
    }
  }
}

/**
 * Coerces bound strings in a widget's props into numbers/booleans per the widget's schema (deep through
 * value objects such as `style.fontSize`, never into nested widgets or actions). Unknown widget types and
 * unknown props are returned untouched. Returns the same object when nothing changed.
 */
export function coerceWidgetProps<T extends Record<string, unknown>>(type: string, props: T): T {
  const spec = widgetSpecOf(type);
  if (spec === undefined) return props;
  return coerceValue(spec, props, 0) as T;
}
