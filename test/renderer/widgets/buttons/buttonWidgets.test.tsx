import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StacView } from '../../../../src/renderer';
import { registry, renderStac, stacNodes, widget } from '../renderStac';

function recorder() {
  const calls: { actionType: string; method?: string; params?: unknown }[] = [];
  return {
    calls,
    onDispatch: (info: { actionType: string; method?: string; params?: unknown }) => calls.push(info),
  };
}

const none = { actionType: 'none' };

describe('buttons', () => {
  it.each(['elevatedButton', 'filledButton', 'outlinedButton', 'textButton'])(
    'renders a %s as a native button that runs onPressed',
    async (type) => {
      const { calls, onDispatch } = recorder();
      renderStac({ type, onPressed: none, child: { type: 'text', data: 'Save' } }, { onDispatch });
      const button = screen.getByRole('button', { name: 'Save' });
      expect(button.tagName).toBe('BUTTON');
      await userEvent.click(button);
      expect(calls.map((c) => c.actionType)).toEqual(['none']);
    },
  );

  it("draws a plain text label as the button's own text, which carries the text's class; a label with more keeps its element", () => {
    const document = {
      type: 'column',
      children: [
        { type: 'elevatedButton', child: { type: 'text', data: '<<cta>>' }, onPressed: none },
        { type: 'textButton', child: { type: 'text', data: 'Bold', style: { fontWeight: 'bold' } } },
        { type: 'filledButton', child: { type: 'text', data: 'Spoken', semanticsLabel: 'Said' } },
        {
          type: 'outlinedButton',
          child: { type: 'row', children: [{ type: 'text', data: 'In a row' }] },
        },
      ],
    };
    const { container, rerender } = renderStac(document, { scope: { cta: 'Add to cart' } });
    const plain = widget(container, 'elevatedButton');
    // One element less per button: the label is the button's text, and a host finds it as a text.
    expect(plain.children).toHaveLength(0);
    expect(plain.className).toBe('stac-elevatedButton stac-text');
    expect(stacNodes(container, 'text')[0]).toBe(plain);
    expect(screen.getByRole('button', { name: 'Add to cart' })).toBe(plain);
    // A styled label, a semantics label and a text deeper in the button keep their own element.
    for (const [type, text] of [
      ['textButton', 'Bold'],
      ['filledButton', 'Said'],
      ['outlinedButton', 'In a row'],
    ]) {
      const button = widget(container, type);
      expect(button.className, type).toBe(`stac-${type}`);
      expect(button.querySelector('.stac-text')?.textContent, type).toContain(text);
    }
    // The bound label follows the scope.
    rerender(<StacView document={document} scope={{ cta: 'Added' }} mode="preview" registry={registry} />);
    expect(widget(container, 'elevatedButton').textContent).toBe('Added');
  });

  it('gives a filled button the primary role colours and an outlined one a side inside its box', () => {
    const { container } = renderStac({
      type: 'row',
      children: [
        { type: 'filledButton', child: { type: 'text', data: 'F' } },
        { type: 'outlinedButton', child: { type: 'text', data: 'O' } },
      ],
    });
    // The variants' defaults come from the shared stylesheet (one rule, not twenty inline declarations).
    const filled = getComputedStyle(widget(container, 'filledButton'));
    expect(filled.backgroundColor).toBe('var(--stac-color-primary)');
    // jsdom lower-cases names inside a stylesheet's var(); Chromium keeps them (buttonWidgets.browser.test).
    expect(filled.color).toMatch(/^var\(--stac-color-onPrimary\)$/i);
    const outlined = getComputedStyle(widget(container, 'outlinedButton'));
    expect(outlined.outline).toBe('1px solid var(--stac-color-outline)');
    expect(outlined.outlineOffset).toBe('-1px');
    expect(outlined.borderStyle).toBe('none');
  });

  it('applies a ButtonStyle', () => {
    const { container } = renderStac({
      type: 'elevatedButton',
      style: {
        backgroundColor: '#FF0000',
        foregroundColor: '#FFFFFF',
        padding: [20, 10, 20, 10],
        shape: { borderRadius: 4 },
        minimumSize: { width: 200, height: 50 },
      },
      child: { type: 'text', data: 'Styled' },
    });
    const button = widget(container, 'elevatedButton');
    expect(button.style.backgroundColor).toBe('rgb(255, 0, 0)');
    expect(button.style.color).toBe('rgb(255, 255, 255)');
    expect(button.style.padding).toBe('10px 20px');
    expect(button.style.borderRadius).toBe('4px');
    expect(button.style.minWidth).toBe('200px');
  });

  it('runs the Invenicum SDK action of the simple button form', async () => {
    const { calls, onDispatch } = recorder();
    renderStac(
      { type: 'button', label: 'Check quality', action: { method: 'getUserName', params: {} } },
      { onDispatch },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Check quality' }));
    expect(calls[0]?.method).toBe('getUserName');
  });

  it('names icon buttons by tooltip or icon and runs onPressed', async () => {
    const { calls, onDispatch } = recorder();
    renderStac(
      {
        type: 'row',
        children: [
          {
            type: 'iconButton',
            tooltip: 'Delete asset',
            icon: { type: 'icon', icon: 'delete' },
            onPressed: none,
          },
          { type: 'iconButton', icon: { type: 'icon', icon: 'more_vert' } },
        ],
      },
      { onDispatch },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete asset' }));
    expect(calls).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'more vert' })).toBeInTheDocument();
  });

  it('renders a floating action button with the primary container colours', () => {
    const { container } = renderStac({ type: 'floatingActionButton', child: { type: 'icon', icon: 'add' } });
    const fab = screen.getByRole('button', { name: 'add' });
    expect(fab.style.backgroundColor).toBe('var(--stac-color-primaryContainer)');
    expect(container.querySelector('svg path')).not.toBeNull();
  });

  it('fires onLongPress after a held press and not onPressed', () => {
    vi.useFakeTimers();
    try {
      const { calls, onDispatch } = recorder();
      renderStac(
        {
          type: 'textButton',
          onPressed: { actionType: 'delay', milliseconds: 1 },
          onLongPress: none,
          child: { type: 'text', data: 'Hold' },
        },
        { onDispatch },
      );
      const button = screen.getByRole('button', { name: 'Hold' });
      fireEvent.pointerDown(button, { button: 0 });
      vi.advanceTimersByTime(600);
      fireEvent.pointerUp(button);
      fireEvent.click(button);
      expect(calls.map((c) => c.actionType)).toEqual(['none']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs no long press for a button that left the page while it was held', () => {
    vi.useFakeTimers();
    try {
      const { calls, onDispatch } = recorder();
      const { unmount } = renderStac(
        { type: 'textButton', onLongPress: none, child: { type: 'text', data: 'Hold' } },
        { onDispatch },
      );
      fireEvent.pointerDown(screen.getByRole('button', { name: 'Hold' }), { button: 0 });
      unmount();
      vi.advanceTimersByTime(600);
      expect(calls).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('tap surfaces', () => {
  it.each(['inkWell', 'gestureDetector'])('makes a %s with onTap a keyboard button', async (type) => {
    const { calls, onDispatch } = recorder();
    renderStac({ type, onTap: none, child: { type: 'text', data: 'Open card' } }, { onDispatch });
    const surface = screen.getByRole('button', { name: 'Open card' });
    expect(surface).toHaveAttribute('tabindex', '0');
    surface.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await userEvent.click(surface);
    expect(calls).toHaveLength(3);
  });

  it('leaves a gestureDetector without actions out of the tab order', () => {
    renderStac({ type: 'gestureDetector', child: { type: 'text', data: 'Static' } });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
