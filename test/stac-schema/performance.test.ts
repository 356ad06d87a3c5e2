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

function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('parseStacDocument: performance', () => {
  it('validates a 1,000-node document in well under 100 ms', () => {
    const doc = documentOf(1000);
    const first = parseStacDocument(doc);
    expect(first.ok).toBe(true);
    expect(first.issues).toEqual([]);
    expect(bestOf(5, () => parseStacDocument(doc))).toBeLessThan(50);
  });

  it('validates a 10,000-node document in well under a second', () => {
    const doc = documentOf(10_000);
    expect(bestOf(3, () => parseStacDocument(doc, { mode: 'strict' }))).toBeLessThan(500);
  });
});
