import {
  clearTemplateCache,
  hasTemplate,
  parseTemplate,
  readsAffectedBy,
  TEMPLATE_CACHE_SIZE,
  templateCacheSize,
  TemplateError,
  renderTemplate,
} from '../../../src/renderer/template';
import { parseWithHandlebars as parseHandlebars } from './handlebarsReference';
import { parseSimpleMustaches } from '../../../src/renderer/template/parseSimpleMustaches';
import { translateDelimiters } from '../../../src/renderer/template/translateDelimiters';

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

describe('parseTemplate', () => {
  beforeEach(() => clearTemplateCache());

  it('parses each distinct source once', () => {
    const first = parseTemplate('<<asset.name>>');
    expect(parseTemplate('<<asset.name>>')).toBe(first);
    expect(parseTemplate('{{asset.name}}')).not.toBe(first);
    expect(templateCacheSize()).toBe(2);
  });

  it('bounds the cache', () => {
    for (let i = 0; i < TEMPLATE_CACHE_SIZE + 50; i += 1) parseTemplate(`{{item${i}}}`);
    expect(templateCacheSize()).toBe(TEMPLATE_CACHE_SIZE);
  });

  it('throws the same TemplateError for a broken source every time', () => {
    const attempt = () => parseTemplate('{{#if asset.x}}open');
    expect(attempt).toThrow(TemplateError);
    let first: unknown;
    let second: unknown;
    try {
      attempt();
    } catch (error) {
      first = error;
    }
    try {
      attempt();
    } catch (error) {
      second = error;
    }
    expect(second).toBe(first);
    expect((first as TemplateError).code).toBe('syntax_error');
    expect((first as TemplateError).message).toContain('{{/name}}');
  });

  it('names mismatched blocks in the delimiter the author used', () => {
    try {
      parseTemplate('<<#if a>>x<</each>>');
      expect.unreachable();
    } catch (error) {
      expect((error as TemplateError).code).toBe('syntax_error');
      expect((error as TemplateError).message).toBe(
        'The block <<#if>> is closed by <</each>>. Close blocks in the order they were opened.',
      );
    }
  });

  it('marks single-expression and static templates', () => {
    expect(parseTemplate('{{asset.count}}').singleExpression).not.toBeNull();
    expect(parseTemplate('{{! note }}{{asset.count}}').singleExpression).not.toBeNull();
    expect(parseTemplate('n={{asset.count}}').singleExpression).toBeNull();
    expect(parseTemplate('plain').isStatic).toBe(true);
    expect(parseTemplate('<<x>>').delimiter).toBe('<<');
    expect(parseTemplate('{{x}}').delimiter).toBe('{{');
  });
});

describe('a template that is one plain path', () => {
  beforeEach(() => clearTemplateCache());

  it.each(['<<items[12].name>>', '{{asset.name}}', '<<a[0][1].b>>', '{{list.x1.$y_z}}', '<<user>>'])(
    'gets the tree Handlebars builds for %s',
    (source) => {
      const program = parseTemplate(source);
      const translated = translateDelimiters(source);
      expect(shape(program.ast)).toEqual(shape(parseHandlebars(translated.handlebarsSource)));
      // ... and the very tree the general route gave before, `original` (named in messages) included.
      expect(JSON.stringify(program.ast)).toBe(
        JSON.stringify(parseSimpleMustaches(translated.handlebarsSource)),
      );
      expect(program.delimiter).toBe(translated.delimiter);
      expect(program.singleExpression).not.toBeNull();
      expect(program.isStatic).toBe(false);
    },
  );

  it('binds the value it names, index form included', () => {
    const scope = { items: [{ name: 'Drill' }, { name: 'Saw' }], asset: { name: 'Shelf' } };
    expect(renderTemplate('<<items[1].name>>', scope).text).toBe('Saw');
    expect(renderTemplate('{{asset.name}}', scope).text).toBe('Shelf');
  });

  it('still refuses prototype paths and leaves keywords to Handlebars', () => {
    expect(() => parseTemplate('<<__proto__.x>>')).toThrow(TemplateError);
    expect(() => parseTemplate('<<a.constructor>>')).toThrow(/constructor/);
    expect(parseTemplate('<<true>>').ast.body[0]).toMatchObject({
      path: { type: 'BooleanLiteral', value: true },
    });
    expect(parseTemplate('{{this}}').ast.body[0]).toMatchObject({ path: { type: 'PathExpression' } });
  });
});

describe('hasTemplate', () => {
  it('is true only for strings with a template region', () => {
    expect(hasTemplate('{{asset.name}}')).toBe(true);
    expect(hasTemplate('<<asset.name>>')).toBe(true);
    expect(hasTemplate('{{#if broken}}')).toBe(true);
    expect(hasTemplate('plain text')).toBe(false);
    expect(hasTemplate('a << b')).toBe(false);
    expect(hasTemplate('\\<<asset.name>>')).toBe(false);
    expect(hasTemplate(42)).toBe(false);
  });
});

describe('readsAffectedBy', () => {
  it('is true for a change at, inside or above a read path', () => {
    expect(readsAffectedBy(['asset.name'], ['asset.name'])).toBe(true);
    expect(readsAffectedBy(['asset.tags'], ['asset.tags.0'])).toBe(true);
    expect(readsAffectedBy(['asset.name'], ['asset'])).toBe(true);
    expect(readsAffectedBy(['asset.name'], ['asset.count'])).toBe(false);
    expect(readsAffectedBy(['asset.name'], ['assets'])).toBe(false);
    expect(readsAffectedBy([], ['asset'])).toBe(false);
  });
});
