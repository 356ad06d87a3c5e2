import { DEFAULT_LIMITS, parseStacDocument } from '../../src/stac-schema';

function nestedObject(depth: number): Record<string, unknown> {
  // Built iteratively: a recursive builder would itself overflow the stack long before the parser.
  let node: Record<string, unknown> = { type: 'text', data: 'leaf' };
  for (let i = 0; i < depth; i += 1) node = { type: 'container', child: node };
  return node;
}

describe('parseStacDocument: limits', () => {
  it('has safe defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxDepth: 64,
      maxNodes: 20_000,
      maxStringLength: 20_000,
      maxBytes: 1_000_000,
    });
  });

  it('refuses a 100,000-deep object with one limit_exceeded issue', () => {
    const result = parseStacDocument(nestedObject(100_000));
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'limit_exceeded', severity: 'error' });
    expect(result.issues[0].message).toContain('64 levels');
  });

  it('refuses 100,000-deep JSON text before parsing it', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = parseStacDocument(text);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'limit_exceeded' }] });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].message).toContain('deeper');
  });

  it('refuses a deep value hidden in an unknown prop', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) value = { v: value };
    const result = parseStacDocument({ type: 'text', data: 'x', extra: value });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'limit_exceeded', path: 'ui.extra' }] });
  });

  it('refuses a huge string with the path of the string', () => {
    const result = parseStacDocument({
      type: 'column',
      children: [{ type: 'text', data: 'x'.repeat(5_000_000) }],
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'limit_exceeded', path: 'ui.children[0].data' }),
    ]);
    expect(result.issues[0].message).toContain('5000000 characters');
  });

  it('refuses JSON text over the byte limit', () => {
    const text = JSON.stringify({ type: 'text', data: 'é'.repeat(600_000) });
    const result = parseStacDocument(text, { limits: { maxStringLength: 10_000_000 } });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'limit_exceeded' }] });
    expect(result.issues[0].message).toContain('1000000 bytes');
  });

  it('refuses too many nodes', () => {
    const children = Array.from({ length: 50 }, () => ({ type: 'sizedBox' }));
    const result = parseStacDocument({ type: 'column', children }, { limits: { maxNodes: 20 } });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'limit_exceeded', path: 'ui.children[19]' }],
    });
    expect(result.issues).toHaveLength(1);
  });

  it('lets a host raise a limit', () => {
    const doc = nestedObject(100);
    expect(parseStacDocument(doc).ok).toBe(false);
    const raised = parseStacDocument(doc, { limits: { maxDepth: 300 } });
    expect(raised.ok).toBe(true);
    expect(raised.issues).toEqual([]);
  });

  it('survives a cyclic object graph', () => {
    const node: Record<string, unknown> = { type: 'container' };
    node.child = node;
    const result = parseStacDocument(node);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'limit_exceeded' }] });
  });
});
