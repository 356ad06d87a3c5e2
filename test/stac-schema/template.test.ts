import fc from 'fast-check';
import { childPath, isTemplateString, parseStacDocument } from '../../src/stac-schema';
import { TEMPLATE_REGEX_SOURCE } from '../../src/stac-schema/template';

/** Strings made of the characters that decide: delimiters, their halves, a letter and a space. */
const delimiterText = fc
  .array(fc.constantFrom('<', '>', '{', '}', '<<', '>>', '{{', '}}', 'a', ' ', '\n'), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('template detection and issue paths (read by the validator for every string and key)', () => {
  it('call a string a template exactly when the JSON Schema pattern editors use matches it', () => {
    const pattern = new RegExp(TEMPLATE_REGEX_SOURCE);
    fc.assert(
      fc.property(fc.oneof(delimiterText, fc.string()), (text) => {
        expect(isTemplateString(text), JSON.stringify(text)).toBe(pattern.test(text));
      }),
      { numRuns: 2000 },
    );
    expect(isTemplateString('<<a>>')).toBe(true);
    expect(isTemplateString('{{ a }} and more')).toBe(true);
    expect(isTemplateString('>> then <<')).toBe(false);
    expect(isTemplateString('<<>')).toBe(false);
  });

  it('write a key as .name when it is an identifier and as ["..."] otherwise', () => {
    const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z_$0-9]{0,6}$/)), (key) => {
        const expected = identifier.test(key) ? `ui.${key}` : `ui[${JSON.stringify(key)}]`;
        expect(childPath('ui', key)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('name an odd key in the path of the issue it raises, as a user reads it', () => {
    const result = parseStacDocument(
      { type: 'text', data: 'x', style: { 'font size': 12, fontSize: 'big', $size2: '{{asset.size}}' } },
      { mode: 'strict' },
    );
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toContain('ui.style["font size"]');
    expect(paths).toContain('ui.style.fontSize');
    expect(paths).toContain('ui.style.$size2');
  });
});
