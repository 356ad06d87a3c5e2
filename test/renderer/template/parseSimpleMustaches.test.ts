import { parseWithHandlebars as parseHandlebars } from './handlebarsReference';
import { parseSimpleMustaches } from '../../../src/renderer/template/parseSimpleMustaches';

/** The fields the interpreter reads, without locations and strip flags. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (['loc', 'strip', 'original'].includes(key) || value === undefined) continue;
    out[key] = shape(value);
  }
  return out;
}

describe('the fast path for plain path mustaches', () => {
  it.each([
    'Hello {{asset.name}}!',
    '{{asset.items.[2].label}} of {{ asset.name }}',
    '{{a}}{{b}}',
    'no templates here',
    '{{list.0.x}}',
    '{{formatNumber asset.price 2}} pcs',
    '{{default asset.note "none"}}',
    '{{default asset.note \'with spaces and "quotes"\'}}',
    '{{truncate asset.name -1.5 suffix="..." keep=true}}',
    '{{formatDate asset.created dateStyle="long" timeStyle=\'short\' locale=user.locale}}',
    '{{eq asset.count 007}}',
    '{{lookup asset.tags 0}} and {{join asset.tags ", "}}',
    '{{ upper   asset.name  }}',
  ])('builds the same tree as Handlebars for %s', (source) => {
    expect(shape(parseSimpleMustaches(source))).toEqual(shape(parseHandlebars(source)));
  });

  it.each([
    '{{#if a}}x{{/if}}',
    '{{../a}}',
    '{{@index}}',
    '{{this}}',
    '{{else}}',
    '{{true}}',
    '{{{a}}}',
    '{{~a}}',
    '{{!note}}',
    '{{a-b}}',
    '{{"text"}}',
    '{{upper (lower a)}}',
    '{{default a null}}',
    '{{default a undefined}}',
    '{{default a "esc\\"aped"}}',
    '{{default a=1 b}}',
    '{{default @index}}',
    '{{default ../a}}',
    '{{default a "unterminated}}',
    '{{default a 1.}}',
  ])('leaves %s to Handlebars', (source) => {
    expect(parseSimpleMustaches(source)).toBeNull();
  });
});
