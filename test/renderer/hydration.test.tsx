import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderStacToString, stacStylesheetHtml } from '../../src/renderer/ssr';
import { StacView } from '../../src/renderer/StacView';
import { createWidgetRegistry } from '../../src/renderer/registry';
import { TestButton, TestColumn, TestText } from './testWidgets';

const registry = createWidgetRegistry({ column: TestColumn, text: TestText, elevatedButton: TestButton });

describe('server HTML hydrates in the browser', () => {
  it('hydrates without mismatches and then reacts to scope changes', async () => {
    const document = {
      type: 'column',
      children: [
        { type: 'text', data: 'Asset <<asset.name>>' },
        { type: 'setValue', values: [{ key: 'x', value: 'vx' }], child: { type: 'text', data: 'x={{x}}' } },
        { type: 'fancyWidget' },
      ],
    };
    const scope = { asset: { name: 'Drill' } };
    const container = window.document.createElement('div');
    container.innerHTML = renderStacToString(document, { registry, scope, mode: 'preview' });
    window.document.body.appendChild(container);
    expect(container.textContent).toContain('Asset Drill');

    const recoverable = vi.fn();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(
        container,
        <StacView document={document} registry={registry} scope={scope} mode="preview" />,
        {
          onRecoverableError: recoverable,
        },
      );
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.textContent).toContain('x=vx');
    expect(container.textContent).toContain('Unknown widget "fancyWidget"');

    await act(async () => {
      root!.render(
        <StacView
          document={document}
          registry={registry}
          scope={{ asset: { name: 'Saw' } }}
          mode="preview"
        />,
      );
    });
    expect(container.textContent).toContain('Asset Saw');
    act(() => root!.unmount());
    container.remove();
  });

  it('hydrates built-in widgets (no boundary of their own) around a host widget (one of its own)', async () => {
    const withBadge = createWidgetRegistry({ badge: TestText });
    const document = {
      type: 'column',
      children: [
        { type: 'text', data: 'Asset <<asset.name>>' },
        { type: 'padding', padding: 8, child: { type: 'badge', data: 'new' } },
        { type: 'elevatedButton', child: { type: 'text', data: 'Open' }, onPressed: { actionType: 'none' } },
        // Its pixel size comes with the server HTML as a rule of its own (see the image widget).
        { type: 'image', src: 'https://example.com/a.png', width: 48, height: 40 },
      ],
    };
    const scope = { asset: { name: 'Drill' } };
    const container = window.document.createElement('div');
    container.innerHTML = renderStacToString(document, { registry: withBadge, scope });
    window.document.body.appendChild(container);
    // Sized before any script runs: the server HTML carries the size rule the browser adds on the client.
    const served = container.querySelector('img')!;
    expect([getComputedStyle(served).width, getComputedStyle(served).height]).toEqual(['48px', '40px']);
    const recoverable = vi.fn();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <StacView document={document} registry={withBadge} scope={scope} />, {
        onRecoverableError: recoverable,
      });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Asset Drill');
    expect(container.textContent).toContain('new');
    const image = container.querySelector('img')!;
    expect([getComputedStyle(image).width, getComputedStyle(image).height]).toEqual(['48px', '40px']);
    await act(async () => {
      root!.render(<StacView document={document} registry={withBadge} scope={{ asset: { name: 'Saw' } }} />);
    });
    expect(container.textContent).toContain('Asset Saw');
    act(() => root!.unmount());
    container.remove();
  });

  it('adopts the page head’s shared stylesheet: two hydrated views add no second copy', async () => {
    // A page of its own: React remembers per document which shared styles it has placed.
    const page = window.document.implementation.createHTMLDocument('server page');
    page.head.innerHTML = stacStylesheetHtml();
    const documents = [
      { type: 'text', data: 'First' },
      { type: 'text', data: 'Second' },
    ];
    const containers = documents.map((document) => {
      const container = page.createElement('div');
      container.innerHTML = renderStacToString(document, { registry });
      page.body.appendChild(container);
      return container;
    });
    expect(containers[0].innerHTML).not.toContain('<style');

    const recoverable = vi.fn();
    const roots: Array<ReturnType<typeof hydrateRoot>> = [];
    await act(async () => {
      documents.forEach((document, index) =>
        roots.push(
          hydrateRoot(containers[index], <StacView document={document} registry={registry} />, {
            onRecoverableError: recoverable,
          }),
        ),
      );
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(containers.map((container) => container.textContent)).toEqual(['First', 'Second']);
    const sheets = page.querySelectorAll('style[data-precedence="stac"]');
    expect(sheets).toHaveLength(1);
    expect(sheets[0].textContent).toContain('[data-stac-theme="light"]');
    act(() => roots.forEach((root) => root.unmount()));
  });
});
