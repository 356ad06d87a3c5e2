import { documentPlansOf, parseDocumentCached } from '../../src/renderer/parseDocumentCached';
import { bindPlanOf } from '../../src/renderer/template';
import { parseStacDocument } from '../../src/stac-schema';

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

  it('keeps each set of options its own result, asked in any order, and a result reads as a plain parse', () => {
    const shown = { type: 'column', children: [{ type: 'text', data: '<<asset.name>>' }] };
    const options = [
      { mode: 'lenient' as const },
      { mode: 'lenient' as const, limits: { maxNodes: 1 } },
      { mode: 'strict' as const },
    ];
    const results = options.map((each) => parseDocumentCached(shown, each));
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(new Set(results).size).toBe(3);
    for (const index of [2, 0, 1, 0, 2])
      expect(parseDocumentCached(shown, options[index])).toBe(results[index]);
    // The plans it keeps are not part of what a host sees of the result.
    expect(Object.keys(results[0])).toEqual(['ok', 'document', 'issues']);
    expect(results[0]).toStrictEqual(parseStacDocument(shown, options[0]));
    expect(JSON.stringify(results[0])).toBe(JSON.stringify(parseStacDocument(shown, options[0])));
    expect(documentPlansOf(results[0]).entries.size).toBe(2);
  });

  it('different limits give different verdicts for the same object', () => {
    expect(parseDocumentCached(document, { mode: 'lenient', limits: { maxNodes: 1 } }).ok).toBe(false);
    expect(parseDocumentCached(document, { mode: 'lenient' }).ok).toBe(true);
  });

  it('primitives are parsed, not cached, and never throw', () => {
    expect(parseDocumentCached(7, { mode: 'lenient' }).ok).toBe(false);
    expect(parseDocumentCached(undefined, { mode: 'lenient' }).ok).toBe(false);
  });

  it('plans every widget of a document in the validation walk, before any of it renders', () => {
    const bound = {
      type: 'column',
      children: [
        { type: 'text', data: '<<asset.name>>' },
        { type: 'text', data: 'plain' },
        {
          type: 'textButton',
          child: { type: 'text', data: 'Open' },
          onPressed: { actionType: 'showDialog', widget: { type: 'text', data: '<<asset.id>>' } },
        },
      ],
    };
    const result = parseDocumentCached(bound, { mode: 'lenient' });
    const [name, plain, button] = bound.children;
    const dialogText = button.onPressed?.widget as object;
    const plans = documentPlansOf(result);
    expect(new Set(plans.entries.keys())).toEqual(
      new Set([bound, name, plain, button, button.child, dialogText]),
    );
    expect(bindPlanOf(name, plans)?.reads).toEqual(['asset.name']);
    expect(bindPlanOf(dialogText, plans)?.reads).toEqual(['asset.id']);
    expect(bindPlanOf(plain, plans)).toBeNull();
    expect(plans.entries.size).toBe(6);
  });

  it('keeps one table of bind plans per parsed document, as large as its node limit', () => {
    const bound = { type: 'column', children: [{ type: 'text', data: '<<asset.name>>' }] };
    const result = parseDocumentCached(bound, { mode: 'lenient', limits: { maxNodes: 50 } });
    const plans = documentPlansOf(result);
    expect(plans.capacity).toBe(50);
    expect(documentPlansOf(result)).toBe(plans);
    const text = (result.document as unknown as { children: object[] }).children[0];
    expect(bindPlanOf(text, plans)?.reads).toEqual(['asset.name']);
    expect(plans.entries.has(text)).toBe(true);
    // Another set of options is another result with a table of its own; the default limit otherwise.
    expect(documentPlansOf(parseDocumentCached(bound, { mode: 'lenient' }))).not.toBe(plans);
    expect(documentPlansOf(parseDocumentCached(bound, { mode: 'lenient' })).capacity).toBe(20_000);
  });
});
