/**
 * What every view carries besides its document (the overlay content wrapper, the snack bar region) is
 * placed by the shared stylesheet, not by inline styles: a page with many views, or a long list of them,
 * pays nothing per view for it. The snack bar region comes with a view's first overlay, and a screen
 * reader still hears the first snack bar: the region is in the page, empty, before its text goes in.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StacView, createWidgetRegistry, type StacWidgetProps } from '../../../src/renderer';
import { StacOverlayHost } from '../../../src/renderer/overlays';
import { StacChild } from '../../../src/renderer/widgetApi';

const snackBarButton = {
  type: 'elevatedButton',
  child: { type: 'text', data: 'Notify' },
  onPressed: { actionType: 'showSnackBar', content: { type: 'text', data: 'Saved' } },
};

/** When the snack bar region entered the page, and when the text "Saved" went into it. */
function watchSnackBarRegion(root: Node) {
  const seen: { region?: number; regionWasEmpty?: boolean; text?: number; regionAtText?: Element } = {};
  const observer = new MutationObserver(() => {
    const region = document.querySelector('[data-stac-snack-bars]');
    const now = performance.now();
    if (region && seen.region === undefined) {
      seen.region = now;
      seen.regionWasEmpty = region.textContent === '';
    }
    if (region?.textContent?.includes('Saved') && seen.text === undefined) {
      seen.text = now;
      seen.regionAtText = region;
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('the overlay host of a view', () => {
  it('adds no inline style to a one-node view', () => {
    const { container } = render(<StacView document={{ type: 'text', data: 'Hello' }} />);
    expect(screen.getByText('Hello')).toBeVisible();
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('keeps the snack bar region fixed at the bottom centre, above the page', async () => {
    const user = userEvent.setup();
    render(<StacView document={snackBarButton} />);
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    const region = await screen.findByRole('status');
    await waitFor(() => expect(region).toHaveTextContent('Saved'));
    const style = getComputedStyle(region);
    expect(style.position).toBe('fixed');
    expect(style.bottom).toBe('16px');
    expect(style.left).toBe('50%');
    expect(style.zIndex).toBe('1100');
  });

  it("announces a view's first snack bar: its live region is in the page, empty, before the text goes in", async () => {
    const user = userEvent.setup();
    const { container } = render(<StacView document={snackBarButton} />);
    // A view that has shown nothing has no region of its own yet.
    expect(container.querySelector('[data-stac-snack-bars]')).toBeNull();
    const watch = watchSnackBarRegion(container);
    await user.click(screen.getByRole('button', { name: 'Notify' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    watch.stop();
    // The region was seen empty by an earlier batch of mutations than the one that brought the text.
    const { region, regionWasEmpty, text, regionAtText } = watch.seen;
    expect(regionWasEmpty).toBe(true);
    expect(text).toBeGreaterThan(region!);
    expect(regionAtText).toHaveAttribute('aria-live', 'polite');
    expect(regionAtText).toBe(screen.getByRole('status'));
  });

  it("a new document starts without the previous document's dialog, and its own dialogs still open", async () => {
    const user = userEvent.setup();
    const dialogButton = (label: string, says: string) => ({
      type: 'elevatedButton',
      child: { type: 'text', data: label },
      onPressed: { actionType: 'showDialog', widget: { type: 'text', data: says } },
    });
    const { rerender } = render(<StacView document={dialogButton('Ask', 'First question')} />);
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('First question');
    rerender(<StacView document={dialogButton('Ask again', 'Second question')} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ask again' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('Second question');
  });

  it("lays a view's document straight in its box, and a host's content as if its wrapper were not there", () => {
    const { container } = render(
      <StacOverlayHost>
        <StacView document={{ type: 'text', data: 'Hello' }} />
      </StacOverlayHost>,
    );
    const wrapper = container.querySelector<HTMLElement>('.stac-overlay-content')!;
    expect(getComputedStyle(wrapper).display).toBe('contents');
    // The document's root is a flex item of the view's box itself: no wrapper of the view's own between.
    expect(screen.getByText('Hello').parentElement).toHaveClass('stac-view');
  });

  it("opens a dialog in the nearest overlay host: a host's StacOverlayHost inside a view's widget", async () => {
    const user = userEvent.setup();
    const Hosted = ({ node, path }: StacWidgetProps) => (
      <section aria-label="host panel">
        <StacOverlayHost>
          <StacChild node={node.child} path={`${path}.child`} />
        </StacOverlayHost>
      </section>
    );
    const registry = createWidgetRegistry({ hosted: Hosted });
    const ask = {
      type: 'elevatedButton',
      child: { type: 'text', data: 'Ask' },
      onPressed: { actionType: 'showDialog', widget: { type: 'text', data: 'Asked here' } },
    };
    render(<StacView document={{ type: 'hosted', child: ask }} registry={registry} />);
    await user.click(await screen.findByRole('button', { name: 'Ask' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Asked here');
    // The host's layer, inside its panel: not the view's, beside the whole document.
    expect(screen.getByRole('region', { name: 'host panel' })).toContainElement(dialog);
  });

  it('opens a dialog in the view when the view sits inside a StacOverlayHost', async () => {
    const user = userEvent.setup();
    const ask = {
      type: 'elevatedButton',
      child: { type: 'text', data: 'Ask' },
      onPressed: { actionType: 'showDialog', widget: { type: 'text', data: 'Asked in the view' } },
    };
    const { container } = render(
      <StacOverlayHost>
        <StacView document={ask} className="inner-view" />
      </StacOverlayHost>,
    );
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Asked in the view');
    // The view's own layer, in a box of the view's class beside its document, inside the host's content:
    // not the outer host's layer.
    expect(dialog.closest('.stac-view')).toHaveClass('inner-view');
    expect(container.querySelector('.stac-overlay-content')).toContainElement(dialog);
  });
});
