import { screen } from '@testing-library/react';
import { renderStac, widget } from '../renderStac';

describe('text', () => {
  it('shows bound data with a TextStyle object', () => {
    const { container } = renderStac(
      {
        type: 'text',
        data: 'Hello {{asset.name}}',
        style: { fontSize: 24, fontWeight: 'w700', color: '#FF0000', fontStyle: 'italic' },
        textAlign: 'center',
      },
      { scope: { asset: { name: 'Drill' } } },
    );
    const text = widget(container, 'text');
    expect(text).toHaveTextContent('Hello Drill');
    expect(text.style.fontSize).toBe('24px');
    // The nine weights come from the widget stylesheet (a class each), so read what the element computes to.
    expect(getComputedStyle(text).fontWeight).toBe('700');
    expect(text.style.color).toBe('rgb(255, 0, 0)');
    expect(text.style.fontStyle).toBe('italic');
    expect(text.style.textAlign).toBe('center');
  });

  it('reads a theme style name through the theme variables', () => {
    const { container } = renderStac({ type: 'text', data: 'Title', style: 'headlineSmall' });
    const text = widget(container, 'text');
    expect(text.style.fontSize).toBe('var(--stac-text-headlineSmall-size)');
    expect(
      getComputedStyle(text.closest('.stac-view') as Element).getPropertyValue(
        '--stac-text-headlineSmall-size',
      ),
    ).toBe('24px');
  });

  it('clamps to maxLines with an ellipsis', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'text', data: 'one line only', maxLines: 1, overflow: 'ellipsis' },
        { type: 'text', data: 'three lines', maxLines: 3, overflow: 'ellipsis' },
      ],
    });
    const single = widget(container, 'text', 0);
    expect(single.style.textOverflow).toBe('ellipsis');
    expect(single.style.overflow).toBe('hidden');
    const multi = widget(container, 'text', 1);
    expect(multi.style.getPropertyValue('-webkit-line-clamp')).toBe('3');
  });

  it('renders rich text spans with their own styles', () => {
    renderStac({
      type: 'text',
      data: 'This is a ',
      children: [{ data: 'Rich Text.', style: { fontWeight: 'w800', color: '#6750A4' } }],
    });
    const span = screen.getByText('Rich Text.');
    expect(span.style.fontWeight).toBe('800');
    expect(span.style.color).toBe('rgb(103, 80, 164)');
    expect(span.parentElement).toHaveTextContent('This is a Rich Text.');
  });

  it('renders the simple text form with content', () => {
    renderStac(
      { type: 'text', content: 'Quality: {{asset.qualityScore}}' },
      { scope: { asset: { qualityScore: 87 } } },
    );
    expect(screen.getByText('Quality: 87')).toBeInTheDocument();
  });

  it('speaks the semanticsLabel instead of the shown text', () => {
    renderStac({ type: 'text', data: '5★', semanticsLabel: 'five stars' });
    expect(screen.getByText('five stars')).toBeInTheDocument();
    expect(screen.getByText('5★')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('icon', () => {
  it('draws a Material icon as inline SVG with a path, offline', () => {
    const { container } = renderStac({ type: 'icon', icon: 'home', size: 32, color: '#00FF00' });
    const svg = container.querySelector('svg[data-stac-icon="home"]');
    expect(svg).not.toBeNull();
    expect(svg?.getAttribute('width')).toBe('32');
    expect(svg?.getAttribute('fill')).toBe('rgb(0, 255, 0)');
    expect(svg?.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
  });

  it.each([
    ['shopping_cart_outlined', 'outlined'],
    ['star_rounded', 'round'],
    ['arrow_downward_sharp', 'sharp'],
    ['arrow_back_ios_new', 'filled'],
    ['ten_k', 'filled'],
  ])('finds %s in the %s style', async (name) => {
    const { container, findByRole } = renderStac({ type: 'icon', icon: name, semanticLabel: name });
    const svg = await findByRole('img', { name });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(0);
    expect(container.querySelector('[data-stac-icon-unknown]')).toBeNull();
  });

  it('draws outlined and filled glyphs differently', () => {
    const { container } = renderStac({
      type: 'row',
      children: [
        { type: 'icon', icon: 'home' },
        { type: 'icon', icon: 'home_outlined' },
      ],
    });
    const [filled, outlined] = [...container.querySelectorAll('svg path')].map((p) => p.getAttribute('d'));
    expect(filled).toBeTruthy();
    expect(outlined).toBeTruthy();
    expect(filled).not.toBe(outlined);
  });

  it('maps Cupertino names to Material glyphs', () => {
    const { container } = renderStac({ type: 'icon', icon: 'heart_solid', iconType: 'cupertino' });
    expect(container.querySelector('svg path')).not.toBeNull();
  });

  it('shows a labelled neutral box for an unknown icon in preview', () => {
    renderStac({ type: 'icon', icon: 'no_such_icon_anywhere' });
    const box = screen.getByRole('img', { name: 'Unknown icon: no_such_icon_anywhere' });
    expect(box.style.border).toContain('dashed');
  });
});

describe('server rendering', () => {
  it('draws icons in one synchronous pass', async () => {
    const { renderStacToString } = await import('../../../../src/renderer/ssr');
    const html = renderStacToString({ type: 'icon', icon: 'settings_outlined' }, {});
    expect(html).toMatch(/<svg[^>]*data-stac-icon="settings_outlined"[^>]*>.*<path d="M/);
  });
});
