/**
 * Issue paths name the value they are about, wherever the walk has been since: the validator keeps one path
 * link per depth and rewrites it as it moves on, and spells a path out only when an issue names it.
 */
import { parseStacDocument, type StacIssue } from '../../src/stac-schema';

function located(issues: StacIssue[]): string[] {
  return issues.map((issue) => `${issue.code}@${issue.path}`);
}

describe('parseStacDocument: issue paths', () => {
  it('names each value of siblings, cousins and parents after their nested values were walked', () => {
    const doc = {
      type: 'column',
      children: [
        {
          type: 'column',
          children: [
            { type: 'text', data: 'a', style: { fontSize: 'big' } },
            { type: 'text', data: 'b', maxLines: 'two' },
          ],
          // After its children: the column's own path must not have moved with theirs.
          mainAxisAlignment: 'nowhere',
        },
        {
          type: 'elevatedButton',
          child: { type: 'text', data: 'c', style: { fontSize: 'huge' } },
          onPressed: { method: 'addToCart', params: { id: 'x' } },
        },
        { type: 'elevatedButton', child: { type: 'text', data: 'd' }, onPressed: { method: 'addToCart' } },
        { type: 'image', width: 'wide' },
      ],
    };
    const result = parseStacDocument(doc);
    expect(located(result.issues)).toEqual([
      'invalid_value@ui.children[0].children[0].style.fontSize',
      'invalid_value@ui.children[0].children[1].maxLines',
      'invalid_value@ui.children[0].mainAxisAlignment',
      'invalid_value@ui.children[1].child.style.fontSize',
      'unknown_action@ui.children[1].onPressed.method',
      'unknown_action@ui.children[2].onPressed.method',
      'invalid_value@ui.children[3].width',
      'missing_required@ui.children[3].src',
    ]);
  });

  it('gives each use of an unknown method its own path and the same message and hint', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      type: 'textButton',
      child: { type: 'text', data: `Item ${i}` },
      onPressed: { method: 'showAlrt', params: { message: `<<items[${i}].name>>` } },
    }));
    const result = parseStacDocument({ type: 'column', children: items }, { rootPath: 'plugin.ui' });
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => issue.path)).toEqual(
      items.map((_, i) => `plugin.ui.children[${i}].onPressed.method`),
    );
    expect(new Set(result.issues.map((issue) => issue.message)).size).toBe(1);
    expect(result.issues.every((issue) => issue.hint === 'did you mean "showAlert"?')).toBe(true);
  });

  it('keeps the paths of issues already reported when the walk reuses their links', () => {
    const result = parseStacDocument({
      type: 'row',
      children: [
        { type: 'sizedBox', width: 'a' },
        { type: 'sizedBox', width: 'b' },
        { type: 'column', children: [{ type: 'sizedBox', height: 'c' }] },
      ],
    });
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toEqual([
      'ui.children[0].width',
      'ui.children[1].width',
      'ui.children[2].children[0].height',
    ]);
  });
});
