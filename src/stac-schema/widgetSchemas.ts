/**
 * zod schemas derived from the shapes: one per widget type and action type, a node union discriminated
 * on `type`, an action union discriminated on `actionType`. parseStacDocument does not use these to walk
 * trees (see its module comment); they serve single-node checks and the JSON Schema for editors.
 * The only module that builds a shape's zod form (the embed never imports it, so it carries no zod).
 */
import { z } from './zodConfig';
import { withMeta } from './schemaMeta';
import { WIDGET_SPECS } from './widgetSpecs';
import { ACTION_SPECS, SDK_CALL_SPEC } from './actionSpecs';
import { TEMPLATE_REGEX_SOURCE } from './template';
import type { ObjectShape, SchemaKit, Shape } from './shapes';

const templateStringSchema = withMeta(z.string().check(z.regex(new RegExp(TEMPLATE_REGEX_SOURCE))), {
  id: 'Template',
  description: 'A template bound at render time, e.g. "<<asset.name>>" or "{{asset.name}}".',
});

const kit: SchemaKit = { z, template: templateStringSchema, withMeta };

const cache = new Map<Shape, z.ZodMiniType>();

const usedIds = new Set<string>();
let unionNameSet: Set<string> | undefined;

function unionNames(): Set<string> {
  if (unionNameSet) return unionNameSet;
  const names = new Set<string>();
  const seen = new Set<Shape>();
  const visit = (shape: Shape): void => {
    if (seen.has(shape)) return;
    seen.add(shape);
    if (shape.k === 'union') {
      names.add(shape.name);
      shape.of.forEach(visit);
    } else if (shape.k === 'list') visit(shape.of);
    else if (shape.k === 'object') Object.values(shape.props).forEach(visit);
  };
  [...Object.values(WIDGET_SPECS), ...Object.values(ACTION_SPECS)].forEach(visit);
  unionNameSet = names;
  return names;
}

/**
 * Value formats get a `$defs` entry each (`EdgeInsets`, `TextStyle`, `Color`...), so that the JSON Schema
 * stays small and editors show the format's name; widgets reference them instead of inlining copies.
 */
function definitionId(shape: Shape): string | undefined {
  if (shape.k === 'widget' || shape.k === 'action' || shape.k === 'list') return undefined;
  if (shape.k === 'leaf' && (shape.name === 'string' || shape.name === 'any')) return undefined;
  const name = shape.name.replace(/[^A-Za-z0-9_]/g, '_');
  // A union (EdgeInsets) and its object member share a name: the union, used by props, gets the plain one.
  const base = shape.k !== 'union' && unionNames().has(shape.name) ? `value_${name}Object` : `value_${name}`;
  let id = base;
  for (let n = 2; usedIds.has(id); n += 1) id = `${base}_${n}`;
  usedIds.add(id);
  return id;
}

function describeShape(shape: Shape): string | undefined {
  if (shape.k === 'union') return `${shape.name}: ${shape.expected}`;
  if (shape.k === 'object') return shape.name;
  return undefined;
}

function objectSchema(shape: ObjectShape, discriminator?: { key: string; value: string }): z.ZodMiniType {
  const props: Record<string, z.ZodMiniType> = {};
  if (discriminator) props[discriminator.key] = z.literal(discriminator.value);
  for (const [key, propShape] of Object.entries(shape.props)) {
    // Getters let zod resolve recursive shapes (widget -> node union -> widget) lazily.
    let resolved: z.ZodMiniType | undefined;
    Object.defineProperty(props, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (resolved === undefined) {
          const schema = propSchema(propShape);
          resolved = shape.required?.includes(key) ? schema : z.optional(schema);
        }
        return resolved;
      },
    });
  }
  return z.looseObject(props);
}

/** A prop's schema: its shape, or a template string bound at render time. */
function propSchema(shape: Shape): z.ZodMiniType {
  const inner = toZod(shape);
  if (shape.k === 'leaf' || shape.k === 'widget' || shape.k === 'action') return inner;
  return z.union([inner, templateStringSchema]);
}

export function toZod(shape: Shape): z.ZodMiniType {
  const cached = cache.get(shape);
  if (cached) return cached;
  let schema: z.ZodMiniType;
  switch (shape.k) {
    case 'leaf':
      schema = shape.schema(kit);
      break;
    case 'widget':
      schema = z.lazy(() => stacNodeSchema);
      break;
    case 'action':
      schema = z.lazy(() => stacActionSchema);
      break;
    case 'list': {
      const items = z.array(z.lazy(() => toZod(shape.of)));
      schema = shape.length === undefined ? items : items.check(z.length(shape.length));
      break;
    }
    case 'object':
      schema = objectSchema(shape);
      break;
    case 'union':
      schema = z.union(
        shape.of.map((member) => toZod(member)) as [z.ZodMiniType, z.ZodMiniType, ...z.ZodMiniType[]],
      );
      break;
  }
  const id = definitionId(shape);
  if (id) {
    const description = describeShape(shape);
    schema = withMeta(schema, description ? { id, description } : { id });
  }
  cache.set(shape, schema);
  return schema;
}

function buildWidgetSchemas(): Record<string, z.ZodMiniObject> {
  const out: Record<string, z.ZodMiniObject> = {};
  for (const [type, spec] of Object.entries(WIDGET_SPECS)) {
    out[type] = withMeta(objectSchema(spec, { key: 'type', value: type }) as z.ZodMiniObject, {
      id: `widget_${type}`,
      title: type,
    });
  }
  return out;
}

function buildActionSchemas(): Record<string, z.ZodMiniObject> {
  const out: Record<string, z.ZodMiniObject> = {};
  for (const [type, spec] of Object.entries(ACTION_SPECS)) {
    out[type] = withMeta(objectSchema(spec, { key: 'actionType', value: type }) as z.ZodMiniObject, {
      id: `action_${type}`,
      title: type,
    });
  }
  return out;
}

/** widget type -> zod schema of one node of that type (nested widgets checked through the node union). */
export const widgetSchemas: Readonly<Record<string, z.ZodMiniObject>> = buildWidgetSchemas();

/** actionType -> zod schema of one action of that type. */
export const actionSchemas: Readonly<Record<string, z.ZodMiniObject>> = buildActionSchemas();

const widgetList = Object.values(widgetSchemas);
const actionList = Object.values(actionSchemas);

/** Any widget of the vocabulary, discriminated on `type` (editors complete types and their props). */
export const stacNodeSchema: z.ZodMiniType = withMeta(
  z.discriminatedUnion('type', widgetList as [z.ZodMiniObject, z.ZodMiniObject, ...z.ZodMiniObject[]]),
  { id: 'StacWidget', description: 'A STAC widget: {"type": "<widget>", ...props}.' },
);

/** The short form of an SDK call in the plugin API docs: `{ "method": "...", "params": {...} }`. */
export const sdkCallSchema = withMeta(objectSchema(SDK_CALL_SPEC) as z.ZodMiniObject, {
  id: 'action_sdkCall',
  title: 'SDK call (short form)',
});

/** Any action: `{ "actionType": "<action>", ...props }` or the short SDK form. */
export const stacActionSchema: z.ZodMiniType = withMeta(
  z.union([
    z.discriminatedUnion(
      'actionType',
      actionList as [z.ZodMiniObject, z.ZodMiniObject, ...z.ZodMiniObject[]],
    ),
    sdkCallSchema,
    withMeta(z.strictObject({}), { title: 'no action', description: '`{}`: an action that does nothing.' }),
  ]),
  {
    id: 'StacAction',
    description: 'A STAC action: {"actionType": "<action>", ...} or {"method": "...", "params": {...}}.',
  },
);
