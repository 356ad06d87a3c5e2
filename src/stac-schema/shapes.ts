/**
 * The shape language the vocabulary is written in. Every widget, action and value format is described
 * once as a Shape; from it we derive (1) the fast single-walk validator of parseStacDocument, (2) the zod
 * schemas (`widgetSchemas`, `actionSchemas`) and through them the JSON Schema for editors, and (3) the
 * coercion of bound strings (`coerceWidgetProps`). Keeping one description avoids three drifting copies.
 *
 * Shapes import no zod: a leaf says how its zod form is built (`schema(kit)`), and widgetSchemas builds it
 * the first time it is asked for, handing in zod. The embed validates with the checks alone and never
 * imports widgetSchemas, so zod stays out of its bytes.
 */
import type { z } from 'zod/mini';
import type { withMeta } from './schemaMeta';
import { isTemplateString } from './template';

/** How a bound template string is turned into the prop's runtime type. */
export type CoerceKind = 'number' | 'int' | 'bool';

export type JsType = 'string' | 'number' | 'boolean' | 'array' | 'object';

export interface LeafShape {
  k: 'leaf';
  /** Short name used in messages and JSON Schema descriptions, e.g. `colour`. */
  name: string;
  /** What a valid value looks like, for messages: `a number`. */
  expected: string;
  /** JS types this leaf may accept (chooses the member of a union shape). */
  jsTypes: readonly JsType[];
  check(value: unknown): boolean;
  /** zod form of the same rule, for widgetSchemas and the JSON Schema: built there, once, when first asked. */
  schema(kit: SchemaKit): z.ZodMiniType;
  coerce?: CoerceKind;
  /**
   * A soft leaf reports a bad value as a warning in lenient mode, because Stac has a documented fallback
   * (an unknown colour name paints transparent). Strict mode still treats it as an error.
   */
  soft?: boolean;
  /** Said after the message when the value is refused, e.g. what Stac does instead. */
  note?: string;
  /** Issue code when the check fails (default `invalid_value`). */
  code?: 'invalid_value' | 'unsafe_url';
  /** Run the check on template strings too (a URL's scheme is visible before binding). */
  checkTemplates?: boolean;
  /** Allowed names, for "did you mean" hints. */
  names?: readonly string[];
}

export interface ObjectShape {
  k: 'object';
  name: string;
  props: Readonly<Record<string, Shape>>;
  required?: readonly string[];
  /** At least one of these props must be present (text: `data` or the simple form's `content`). */
  requireOneOf?: readonly string[];
}

export interface ListShape {
  k: 'list';
  of: Shape;
  length?: number;
}

export interface UnionShape {
  k: 'union';
  name: string;
  expected: string;
  of: readonly Shape[];
}

export interface WidgetSlotShape {
  k: 'widget';
}

export interface ActionSlotShape {
  k: 'action';
}

export type Shape = LeafShape | ObjectShape | ListShape | UnionShape | WidgetSlotShape | ActionSlotShape;

/** What a leaf builds its zod form with, handed in by widgetSchemas (the only module that makes them). */
export interface SchemaKit {
  z: typeof z;
  /** A template string bound at render time (`Template` in the JSON Schema). */
  template: z.ZodMiniType;
  withMeta: typeof withMeta;
}

// ---------------------------------------------------------------------------------------------------------
// Constructors

export const W: WidgetSlotShape = { k: 'widget' };
export const A: ActionSlotShape = { k: 'action' };
export const WL: ListShape = { k: 'list', of: W };
export const AL: ListShape = { k: 'list', of: A };

export function list(of: Shape, length?: number): ListShape {
  return length === undefined ? { k: 'list', of } : { k: 'list', of, length };
}

export function obj(
  name: string,
  props: Readonly<Record<string, Shape>>,
  extra: { required?: readonly string[]; requireOneOf?: readonly string[] } = {},
): ObjectShape {
  return { k: 'object', name, props, ...extra };
}

export function union(name: string, expected: string, of: readonly Shape[]): UnionShape {
  return { k: 'union', name, expected, of };
}

/** An enum of Flutter names; a template string is also accepted. */
export function enumOf(name: string, values: readonly [string, ...string[]]): LeafShape {
  const allowed: ReadonlySet<string> = new Set(values);
  return {
    k: 'leaf',
    name,
    expected: `one of ${values.map((v) => `"${v}"`).join(', ')}`,
    jsTypes: ['string'],
    check: (v) => typeof v === 'string' && (allowed.has(v) || isTemplateString(v)),
    schema: ({ z, template }) => z.union([z.enum(values), template]),
    names: values,
  };
}

/** Every JS type name of a shape (which members of a union can take a given value). */
export function jsTypesOf(shape: Shape): readonly JsType[] {
  switch (shape.k) {
    case 'leaf':
      return shape.jsTypes;
    case 'object':
    case 'widget':
    case 'action':
      return ['object'];
    case 'list':
      return ['array'];
    case 'union':
      return shape.of.flatMap(jsTypesOf);
  }
}

export function jsTypeOf(value: unknown): JsType | 'null' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'object') return t;
  return 'other';
}

/** Whether validating this shape can meet a widget or action (and so needs the structural walk). */
export function containsSlots(shape: Shape, seen: Set<Shape> = new Set()): boolean {
  if (seen.has(shape)) return false;
  seen.add(shape);
  switch (shape.k) {
    case 'widget':
    case 'action':
      return true;
    case 'leaf':
      return false;
    case 'list':
      return containsSlots(shape.of, seen);
    case 'object':
      return Object.values(shape.props).some((p) => containsSlots(p, seen));
    case 'union':
      return shape.of.some((p) => containsSlots(p, seen));
  }
}
