import { bindValue, parseTemplate, renderTemplate, TemplateError } from '../../../src/renderer/template';

function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

const scope = {
  asset: { name: 'drill', tags: ['a'] },
};

describe('templates cannot reach prototypes or code', () => {
  const before = prototypeKeys();

  afterEach(() => {
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{{constructor.constructor}}', 'refused_path'],
    ['<<__proto__>>', 'refused_path'],
    ['{{asset.__proto__.polluted}}', 'refused_path'],
    ['{{#with __proto__}}{{polluted}}{{/with}}', 'refused_path'],
    ['{{asset.constructor.prototype}}', 'refused_path'],
    ['{{> x}}', 'refused_partial'],
    ['{{#> layout}}body{{/layout}}', 'refused_partial'],
    ['{{*x}}', 'refused_decorator'],
    ['{{#*inline "p"}}x{{/inline}}', 'refused_decorator'],
  ])('%s is refused with %s and renders nothing', (source, code) => {
    const result = renderTemplate(source, scope);
    expect(result.text).toBe('');
    expect(result.errors.map((error) => error.code)).toEqual([code]);
    expect(() => parseTemplate(source)).toThrow(TemplateError);
  });

  it('{{lookup this "constructor"}} renders nothing and reports refused_path', () => {
    const result = renderTemplate('{{lookup this "constructor"}}', scope);
    expect(result.text).toBe('');
    expect(result.errors.map((error) => error.code)).toEqual(['refused_path']);
    expect(renderTemplate('{{lookup asset "__proto__"}}', scope).errors[0].code).toBe('refused_path');
  });

  it.each([
    '{{toString}}',
    '{{asset.toString}}',
    '{{asset.hasOwnProperty}}',
    '{{asset.tags.push}}',
    '{{asset.valueOf}}',
  ])('%s reads no inherited member and renders nothing', (source) => {
    const result = renderTemplate(source, scope);
    expect(result.text).toBe('');
    expect(result.unbound).toHaveLength(1);
  });

  it('never runs a getter or a function found in the scope', () => {
    let ran = false;
    const hostile = {
      get secret() {
        ran = true;
        return 'leaked';
      },
      fn: () => {
        ran = true;
        return 'called';
      },
    };
    expect(renderTemplate('[{{secret}}][{{fn}}][{{#each this}}{{this}}{{/each}}]', hostile).text).toBe(
      '[][][]',
    );
    expect(ran).toBe(false);
  });

  it('does not stringify host objects through their own toString', () => {
    const sneaky = { toString: () => 'custom', inner: { toString: () => 'custom' } };
    expect(renderTemplate('{{inner}}', sneaky).text).toBe('[object Object]');
  });

  it('does not pollute through hash keys or data keys named __proto__', () => {
    const data = JSON.parse('{"__proto__": {"polluted": "yes"}, "label": "{{asset.name}}"}') as Record<
      string,
      unknown
    >;
    const bound = bindValue(data, scope).value as Record<string, unknown>;
    expect(bound.label).toBe('drill');
    expect(Object.getPrototypeOf(bound)).toBe(Object.prototype);
    expect(Object.hasOwn(bound, '__proto__')).toBe(true);
    renderTemplate('{{default x __proto__="y"}}', scope);
  });

  it('keeps triple-stash output as text', () => {
    expect(renderTemplate('{{{html}}}', { html: '<img src=x onerror=alert(1)>' }).text).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
