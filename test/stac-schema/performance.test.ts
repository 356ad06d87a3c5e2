import { parseStacDocument, type StacNode } from '../../src/stac-schema';

function documentOf(nodeCount: number): StacNode {
  // Each row holds 6 nodes: row, text, icon, button, its action and its label.
  const rows = Array.from({ length: Math.ceil(nodeCount / 6) }, (_, i) => ({
    type: 'row',
    mainAxisAlignment: 'spaceBetween',
    children: [
      {
        type: 'text',
        data: `Item ${i} <<asset.name>>`,
        style: { fontSize: 14, fontWeight: 'w600', color: '#FF112233' },
      },
      { type: 'icon', icon: 'home', size: 20, color: 'primary@50' },
      {
        type: 'elevatedButton',
        style: { backgroundColor: 'primary', padding: [12, 8, 12, 8] },
        onPressed: { actionType: 'navigate', routeName: '/asset/{{asset.id}}' },
        child: { type: 'text', data: 'Open' },
      },
    ],
  }));
  return { type: 'column', children: rows };
}

// How long this takes is measured by `npm run bench`; here, only that large documents validate in full.
describe('parseStacDocument: large documents', () => {
  it('validates a 1,000-node document with no issues, the same way every time', () => {
    const doc = documentOf(1000);
    const first = parseStacDocument(doc);
    expect(first.ok).toBe(true);
    expect(first.issues).toEqual([]);
    expect(parseStacDocument(doc)).toEqual(first);
  });

  it('validates a 10,000-node document in strict mode, well under the node budget', () => {
    const result = parseStacDocument(documentOf(10_000), { mode: 'strict' });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });
});
