import { parseDocumentCached } from '../../src/renderer/parseDocumentCached';

describe('parseDocumentCached', () => {
  const document = { type: 'column', children: [{ type: 'text', data: 'a' }] };

  it('parses a document object once per set of options', () => {
    const first = parseDocumentCached(document, { mode: 'lenient', rootPath: 'ui' });
    expect(first.ok).toBe(true);
    expect(parseDocumentCached(document, { mode: 'lenient', rootPath: 'ui' })).toBe(first);
    expect(
      parseDocumentCached(document, { mode: 'lenient', rootPath: 'ui', limits: { maxNodes: 1 } }),
    ).not.toBe(first);
  });

  it('different limits give different verdicts for the same object', () => {
    expect(parseDocumentCached(document, { mode: 'lenient', limits: { maxNodes: 1 } }).ok).toBe(false);
    expect(parseDocumentCached(document, { mode: 'lenient' }).ok).toBe(true);
  });

  it('primitives are parsed, not cached, and never throw', () => {
    expect(parseDocumentCached(7, { mode: 'lenient' }).ok).toBe(false);
    expect(parseDocumentCached(undefined, { mode: 'lenient' }).ok).toBe(false);
  });
});
