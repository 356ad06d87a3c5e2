import { renderStacToString, STAC_STYLESHEET_CSS, stacStylesheetHtml } from '../../src/renderer/ssr';
import { createWidgetRegistry } from '../../src/renderer/registry';
import type { StacRenderProblem, StacWidgetProps } from '../../src/renderer/contract';
import { StacChildren } from '../../src/renderer/StacNodeView';

function Column({ node, path }: StacWidgetProps) {
  return (
    <div>
      <StacChildren nodes={node.children} path={`${path}.children`} />
    </div>
  );
}
function Text({ node }: StacWidgetProps) {
  return <span>{String(node.data)}</span>;
}
function Explode(): never {
  throw new Error('server boom');
}

// On top of the default registry, so that the renderer's own setValue/form widgets are there too.
const registry = createWidgetRegistry({ column: Column, text: Text, explode: Explode });

describe('renderStacToString (node, no DOM)', () => {
  it('runs without browser globals', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('renders bound templates, the theme variables and color-scheme to HTML', () => {
    const html = renderStacToString(
      {
        type: 'column',
        children: [
          { type: 'text', data: 'Asset <<asset.name>>' },
          { type: 'text', data: 'by {{user.name}}' },
        ],
      },
      {
        registry,
        scope: { asset: { name: 'Drill <b>' }, user: { name: 'Ana' } },
        theme: 'dark',
        stylesheet: 'inline',
      },
    );
    expect(html).toContain('Asset Drill &lt;b&gt;');
    expect(html).toContain('by Ana');
    expect(html).toContain('color-scheme:dark');
    expect(html).toContain('--stac-color-primary:');
    expect(html).not.toContain('<b>');
  });

  it('renders setValue variables on the server', () => {
    const html = renderStacToString(
      {
        type: 'setValue',
        values: [{ key: 'greeting', value: 'Hola' }],
        child: { type: 'text', data: '{{greeting}}, {{user.name}}' },
      },
      { registry, scope: { user: { name: 'Ana' } } },
    );
    expect(html).toContain('Hola, Ana');
  });

  it('reports unknown widgets during server render and shows the fallback in preview', () => {
    const problems: StacRenderProblem[] = [];
    const html = renderStacToString(
      { type: 'column', children: [{ type: 'fancyWidget' }, { type: 'text', data: 'ok' }] },
      { registry, mode: 'preview', onProblem: (p) => problems.push(p) },
    );
    expect(html).toContain('Unknown widget &quot;fancyWidget&quot;');
    expect(html).toContain('ok');
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'unknown_widget', path: 'ui.children[0]' }),
    );
  });

  it('a throwing widget does not fail the server render of its siblings', () => {
    const problems: StacRenderProblem[] = [];
    const html = renderStacToString(
      {
        type: 'column',
        children: [{ type: 'text', data: 'left' }, { type: 'explode' }, { type: 'text', data: 'right' }],
      },
      { registry, onProblem: (p) => problems.push(p) },
    );
    expect(html).toContain('left');
    expect(html).toContain('right');
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'render_error', path: 'ui.children[1]' }),
    );
  });

  it('a throwing host widget among built-in widgets blanks only itself, and only it gets a boundary', () => {
    const problems: StacRenderProblem[] = [];
    const withExplode = createWidgetRegistry({ explode: Explode });
    const document = {
      type: 'column',
      children: [
        { type: 'text', data: 'left' },
        { type: 'padding', padding: 4, child: { type: 'explode' } },
        { type: 'text', data: 'right' },
      ],
    };
    const html = renderStacToString(document, {
      registry: withExplode,
      onProblem: (p) => problems.push(p),
    });
    expect(html).toContain('>left</span>');
    expect(html).toContain('>right</span>');
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'render_error', path: 'ui.children[1].child', widgetType: 'explode' }),
    );
    // The view's root boundary and the host widget's own; the built-in nodes carry none (none of React's
    // boundary comments in their HTML).
    const boundaries = (markup: string) => markup.match(/<!--\$!?-->/g)?.length ?? 0;
    expect(boundaries(html)).toBe(2);
    const builtInOnly = renderStacToString(
      { type: 'column', children: Array.from({ length: 50 }, (_, i) => ({ type: 'text', data: `n${i}` })) },
      { registry: withExplode },
    );
    expect(boundaries(builtInOnly)).toBe(1);
    expect(builtInOnly).toContain('>n49</span>');
  });

  it('a document that cannot be parsed renders the error panel in preview and nothing in production', () => {
    const problems: StacRenderProblem[] = [];
    expect(
      renderStacToString(42, { registry, mode: 'preview', onProblem: (p) => problems.push(p) }),
    ).toContain('This plugin view cannot be shown.');
    expect(problems.length).toBeGreaterThan(0);
    expect(renderStacToString(42, { registry })).not.toContain('cannot be shown');
  });

  it('leaves the shared stylesheet to the page: a one-node view is under 1 KB of HTML', () => {
    const html = renderStacToString({ type: 'text', data: 'Hello' });
    expect(html).toContain('>Hello</span>');
    expect(html).not.toContain('<style');
    expect(Buffer.byteLength(html)).toBeLessThan(1024);
    // Two views on one page repeat only their own markup.
    const page = `${stacStylesheetHtml()}${html}${renderStacToString({ type: 'text', data: 'Bye' })}`;
    expect(page.match(/<style/g)).toHaveLength(1);
  });

  it('gives the page the stylesheet once, as React writes it, with the preset a view names', () => {
    const head = stacStylesheetHtml();
    expect(head).toMatch(/^<style data-precedence="stac" data-href="stac">/);
    expect(head).toContain('.stac-view[data-stac-theme="dark"]{');
    expect(head).toContain('color-scheme:dark');
    expect(head).toContain('.stac-button {');
    expect(head).toContain(STAC_STYLESHEET_CSS.slice(0, 80));
    const dark = renderStacToString({ type: 'text', data: 'Hi' }, { theme: 'dark' });
    expect(dark).toContain('data-stac-theme="dark"');
    // Standalone HTML (the CLI's) carries it first, once.
    const alone = renderStacToString({ type: 'text', data: 'Hi' }, { stylesheet: 'inline' });
    expect(alone.startsWith(head)).toBe(true);
    expect(alone.match(/<style/g)).toHaveLength(1);
  });

  it('the server entry loads and renders the built-in widgets without a DOM', async () => {
    const renderer = await import('../../src/renderer/ssr');
    const problems: StacRenderProblem[] = [];
    const html = renderer.renderStacToString(
      {
        type: 'form',
        child: {
          type: 'column',
          children: [
            { type: 'text', data: 'Edit <<asset.name>>' },
            { type: 'textFormField', id: 'name', initialValue: '{{asset.name}}' },
            {
              type: 'elevatedButton',
              child: { type: 'text', data: 'Save' },
              onPressed: { actionType: 'validateForm' },
            },
          ],
        },
      },
      { scope: { asset: { name: 'Drill' } }, onProblem: (p) => problems.push(p) },
    );
    expect(html).toContain('Edit Drill');
    expect(html).toContain('Save');
    expect(problems).toEqual([]);
  });
});
