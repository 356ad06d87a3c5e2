/**
 * Shared fast-check arbitraries for the fuzz tests of the three layers that take plugin JSON: parse
 * (stac-schema), render (renderer, templates) and dispatch (actions). Values mix ordinary STAC shapes with
 * the hostile ones an attacker would try: markup and script URLs in strings, prototype keys, deep nesting,
 * huge numbers and template syntax that is half right.
 */
import fc from 'fast-check';
import { ACTION_TYPES, WIDGET_TYPES } from '../src/stac-schema';

export const HOSTILE_STRINGS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '{{constructor.constructor "alert(1)"}}',
  '{{#each __proto__}}x{{/each}}',
  '<<lookup this "__proto__">>',
  '{{> partial}}',
  '{{#*inline "x"}}y{{/inline}}',
  '__proto__',
  'constructor',
  '\u0000\uffff\ud800',
];

const TEMPLATE_TOKENS = [
  '{{',
  '}}',
  '<<',
  '>>',
  '{{#each items}}',
  '{{/each}}',
  '{{#if flag}}',
  '{{else}}',
  '{{/if}}',
  '{{this}}',
  '{{@index}}',
  '{{../name}}',
  '{{name}}',
  '{{upper name}}',
  '{{eq a b}}',
  '{{#with asset}}',
  '{{/with}}',
  '{{asset.tags.0}}',
  '{{lookup asset "name"}}',
  '{{{raw}}}',
  '{{!-- c --}}',
  ' text ',
  '(',
  ')',
];

/** Template-like strings: tokens glued together, well-formed or not. */
export const templateSource = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TEMPLATE_TOKENS),
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.string({ maxLength: 8 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

export const leafString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: templateSource },
);

const leaf = fc.oneof(
  leafString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER),
);

/** Scope data for templates: nested objects and arrays of leaves, prototype-looking keys included. */
export const scopeValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.dictionary(
    fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'name', 'items')),
    tie('value'),
    {
      maxKeys: 5,
    },
  ),
})).value;

const PROP_NAMES = [
  'data',
  'text',
  'child',
  'children',
  'style',
  'src',
  'url',
  'onPressed',
  'onTap',
  'padding',
  'color',
  'value',
  'label',
  'title',
  'items',
  'decoration',
  'width',
  'height',
  'mainAxisAlignment',
  'actionType',
  'method',
  'params',
  'values',
  'key',
  'route',
  'request',
  '__proto__',
  'constructor',
  'type',
];

/** Widget-ish and action-ish objects: real type names with random props, nested a few levels. */
export const stacDocument: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc
    .record(
      {
        type: fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...WIDGET_TYPES) },
          fc.string({ maxLength: 8 }),
        ),
        props: fc.dictionary(fc.constantFrom(...PROP_NAMES), tie('prop'), { maxKeys: 5 }),
      },
      { requiredKeys: ['type', 'props'] },
    )
    .map(({ type, props }) => ({ ...props, type })),
  action: fc
    .record({
      actionType: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ACTION_TYPES) },
        fc.string({ maxLength: 8 }),
      ),
      props: fc.dictionary(fc.constantFrom(...PROP_NAMES), tie('prop'), { maxKeys: 4 }),
    })
    .map(({ actionType, props }) => ({ ...props, actionType })),
  prop: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('node'),
    tie('action'),
    fc.array(tie('prop'), { maxLength: 4 }),
  ),
})).node;

/** Action objects as plugins write them, both forms (`actionType` and `method`/`params`). */
export const actionObject: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  action: fc.oneof(
    fc
      .record({
        actionType: fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...ACTION_TYPES) },
          fc.string({ maxLength: 6 }),
        ),
        extra: fc.dictionary(
          fc.constantFrom(
            'routeName',
            'url',
            'message',
            'values',
            'actions',
            'action',
            'request',
            'key',
            'duration',
            'params',
            'method',
            '__proto__',
          ),
          fc.oneof(scopeValue, tie('action'), fc.array(tie('action'), { maxLength: 3 })),
          { maxKeys: 4 },
        ),
      })
      .map(({ actionType, extra }) => ({ ...extra, actionType })),
    fc.record({
      method: fc.oneof(
        fc.constantFrom('getUserName', 'showAlert', 'navigate', 'logout'),
        fc.string({ maxLength: 6 }),
      ),
      params: scopeValue,
    }),
  ),
})).action;

/** A valid corpus-like document with one string swapped for a generated one: mutations of real shapes. */
export function mutateStrings(document: unknown, replacement: string, at: number): unknown {
  let seen = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return seen++ === at ? replacement : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    }
    return value;
  };
  return walk(document);
}
