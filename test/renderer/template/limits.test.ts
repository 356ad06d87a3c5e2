import { DEFAULT_TEMPLATE_LIMITS, parseTemplate, renderTemplate } from '../../../src/renderer/template';

describe('limits keep a template from freezing the tab', () => {
  it('refuses a source longer than maxSourceLength', () => {
    const source = '{{a}}'.repeat(5000);
    const result = renderTemplate(source, { a: 1 }, { limits: { maxSourceLength: 1000 } });
    expect(result.text).toBe('');
    expect(result.errors[0].code).toBe('limit_exceeded');
    expect(() => parseTemplate('x'.repeat(DEFAULT_TEMPLATE_LIMITS.maxSourceLength + 1))).toThrow(
      /limit is 20000/,
    );
  });

  it('cuts output at maxOutputLength and says so', () => {
    const scope = { big: 'x'.repeat(1000), list: Array.from({ length: 500 }, (_, i) => i) };
    const result = renderTemplate('{{#each list}}{{../big}}{{/each}}', scope);
    expect(result.text.length).toBe(DEFAULT_TEMPLATE_LIMITS.maxOutputLength);
    expect(result.errors.map((error) => error.code)).toEqual(['limit_exceeded']);
  });

  it('stops nested loops after maxIterations in total', () => {
    const list = Array.from({ length: 200 }, (_, i) => i);
    // 200^3 = 8,000,000 iterations if nothing stopped it; the budget ends it at 10,000.
    const result = renderTemplate(
      '{{#each list}}{{#each ../list}}{{#each ../../list}}.{{/each}}{{/each}}{{/each}}',
      { list },
    );
    expect(result.errors.map((error) => error.code)).toEqual(['limit_exceeded']);
    expect(result.errors[0].message).toContain('#each ran more than 10000 times');
    expect(result.text.length).toBeLessThanOrEqual(DEFAULT_TEMPLATE_LIMITS.maxIterations);
  });

  it('refuses blocks nested deeper than maxDepth', () => {
    const depth = DEFAULT_TEMPLATE_LIMITS.maxDepth + 2;
    const source = '{{#if a}}'.repeat(depth) + 'deep' + '{{/if}}'.repeat(depth);
    const result = renderTemplate(source, { a: true });
    expect(result.text).toBe('');
    expect(result.errors[0].code).toBe('limit_exceeded');
    const shallow = '{{#if a}}'.repeat(5) + 'ok' + '{{/if}}'.repeat(5);
    expect(renderTemplate(shallow, { a: true }).text).toBe('ok');
  });

  it('honours a smaller per-call nesting limit at render time', () => {
    const source = '{{#if a}}{{#if a}}{{#if a}}x{{/if}}{{/if}}{{/if}}';
    expect(renderTemplate(source, { a: true }, { limits: { maxDepth: 2 } }).errors[0].code).toBe(
      'limit_exceeded',
    );
  });
});
