import { parseHandlebars } from '../../../src/renderer/template/handlebarsParser';
import { parseSimpleMustaches } from '../../../src/renderer/template/parseSimpleMustaches';

/** The fields the interpreter reads, without locations and strip flags. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (['loc', 'strip', 'original', 'hash'].includes(key)) continue;
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
  ])('builds the same tree as Handlebars for %s', (source) => {
    expect(shape(parseSimpleMustaches(source))).toEqual(shape(parseHandlebars(source)));
  });

  it.each([
    '{{#if a}}x{{/if}}',
    '{{upper a}}',
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
  ])('leaves %s to Handlebars', (source) => {
    expect(parseSimpleMustaches(source)).toBeNull();
  });
});
