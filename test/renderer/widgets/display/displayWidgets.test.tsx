import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MAX_IMAGE_SIZE_CLASSES } from '../../../../src/renderer/widgets/media/mediaWidgets';
import { StacView, createWidgetRegistry } from '../../../../src/renderer';
import { builtinWidgets } from '../../../../src/renderer/widgets';
import { registry as builtins, renderStac, rulesFor, widget } from '../renderStac';

const text = (data: string) => ({ type: 'text', data });

/** The size class of an image (`stac-size-w36-h24_5`), if it has one. */
function sizeClassOf(img: Element): string | undefined {
  return [...img.classList].find((name) => name.startsWith('stac-size'));
}

describe('material surfaces', () => {
  it('raises a card on the surface with its own colour and shape', () => {
    const { container } = renderStac({
      type: 'card',
      color: '#FFEBEE',
      elevation: 4,
      shape: { borderType: 'roundedRectangleBorder', data: { borderRadius: 20 } },
      child: text('Inside'),
    });
    const card = widget(container, 'card');
    expect(card.style.backgroundColor).toBe('rgb(255, 235, 238)');
    expect(card.style.borderRadius).toBe('20px');
    expect(card.style.boxShadow).not.toBe('');
    expect(screen.getByText('Inside')).toBeInTheDocument();
  });

  it('shows a chip with a delete button that runs onDeleted', async () => {
    const calls: unknown[] = [];
    renderStac(
      {
        type: 'chip',
        label: text('Tools'),
        onDeleted: { actionType: 'none' },
        deleteButtonTooltipMessage: 'Remove Tools',
      },
      { onDispatch: (info) => calls.push(info) },
    );
    expect(screen.getByText('Tools')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Tools' }));
    expect(calls).toHaveLength(1);
  });

  it('lays out a list tile and makes it a button when it has onTap', async () => {
    const calls: unknown[] = [];
    renderStac(
      {
        type: 'listTile',
        leading: { type: 'icon', icon: 'person' },
        title: text('Ada Lovelace'),
        subtitle: text('Engineer'),
        trailing: text('3'),
        onTap: { actionType: 'none' },
      },
      { onDispatch: (info) => calls.push(info) },
    );
    const tile = screen.getByRole('button', { name: 'Ada Lovelace' });
    expect(tile).toHaveTextContent('Engineer');
    tile.focus();
    await userEvent.keyboard('{Enter}');
    expect(calls).toHaveLength(1);
  });

  it('draws a divider with thickness, height and colour', () => {
    const { container } = renderStac({ type: 'divider', thickness: 2, height: 20, color: '#FF0000' });
    const divider = widget(container, 'divider');
    expect(divider).toHaveAttribute('role', 'separator');
    expect(divider.style.height).toBe('20px');
    const line = divider.firstElementChild as HTMLElement;
    expect(line.style.height).toBe('2px');
    expect(line.style.backgroundColor).toBe('rgb(255, 0, 0)');
  });

  it('reports progress to assistive technology', () => {
    renderStac({
      type: 'column',
      children: [
        { type: 'linearProgressIndicator', value: 0.42, semanticsLabel: 'Upload' },
        { type: 'circularProgressIndicator', semanticsLabel: 'Sync' },
      ],
    });
    const upload = screen.getByRole('progressbar', { name: 'Upload' });
    expect(upload).toHaveAttribute('aria-valuenow', '42');
    expect(upload).toHaveAttribute('aria-valuemax', '100');
    expect((upload.firstElementChild as HTMLElement).style.width).toBe('42%');
    const sync = screen.getByRole('progressbar', { name: 'Sync' });
    expect(sync).not.toHaveAttribute('aria-valuenow');
  });

  it('renders an alert dialog as labelled static dialog markup with its actions', () => {
    renderStac({
      type: 'alertDialog',
      title: text('Delete asset?'),
      content: text('This cannot be undone.'),
      actions: [
        { type: 'textButton', child: text('Cancel') },
        { type: 'filledButton', child: text('Delete') },
      ],
    });
    const dialog = screen.getByRole('alertdialog', { name: 'Delete asset?' });
    expect(dialog).toHaveAccessibleDescription('This cannot be undone.');
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });
});

describe('media', () => {
  it('renders an image with alt text, size and fit', () => {
    renderStac({
      type: 'image',
      src: 'https://example.com/drill.png',
      width: 100,
      height: 80,
      fit: 'cover',
      semanticLabel: 'A cordless drill',
    });
    const img = screen.getByRole('img', { name: 'A cordless drill' });
    expect(img).toHaveAttribute('src', 'https://example.com/drill.png');
    expect(getComputedStyle(img).width).toBe('100px');
    expect(getComputedStyle(img).height).toBe('80px');
    expect(img.style.objectFit).toBe('cover');
    expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
  });

  it('sizes images of one pixel size through one shared rule, and any other length inline', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'image', src: 'https://example.com/a.png', width: 36, height: 24.5 },
        { type: 'image', src: 'https://example.com/b.png', width: 36, height: 24.5 },
        { type: 'image', src: 'https://example.com/c.png', width: 'infinity', height: 24.5 },
      ],
    });
    const [a, b, wide] = [...container.querySelectorAll('img')];
    for (const img of [a, b]) {
      expect(img.hasAttribute('style')).toBe(false);
      expect(getComputedStyle(img).width).toBe('36px');
      expect(getComputedStyle(img).height).toBe('24.5px');
    }
    // One rule in the page serves both: no style element or inline style per image.
    const shared = sizeClassOf(a);
    expect(shared).toBeDefined();
    expect(sizeClassOf(b)).toBe(shared);
    expect(rulesFor(shared!)).toHaveLength(1);
    // As wide as the parent allows: not a pixel size, so it stays on the element.
    expect(wide.style.width).toBe('100%');
    expect(wide.style.height).toBe('24.5px');
  });

  it('stops hoisting new size rules past a bound, so changing sizes cannot grow the page head without end', () => {
    const count = MAX_IMAGE_SIZE_CLASSES + 44;
    const { container } = renderStac({
      type: 'column',
      children: Array.from({ length: count }, (_, i) => ({
        type: 'image',
        src: `https://example.com/${i}.png`,
        width: 1000 + i,
        height: 7.125,
      })),
    });
    const images = [...container.querySelectorAll('img')];
    expect(images).toHaveLength(count);
    // Every image keeps its size, shared rule or not.
    images.forEach((img, i) => {
      expect(getComputedStyle(img).width).toBe(`${1000 + i}px`);
      expect(getComputedStyle(img).height).toBe('7.125px');
    });
    const rules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule instanceof CSSStyleRule && rule.style.height === '7.125px');
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.length).toBeLessThanOrEqual(MAX_IMAGE_SIZE_CLASSES);
    expect(images.filter((img) => img.style.width !== '').length).toBeGreaterThanOrEqual(
      count - rules.length,
    );
  });

  it('draws the placeholder in place of an image that fails to load, and tries a new source', () => {
    const items = (firstSrc: string) => ({
      type: 'column',
      children: [
        { type: 'image', src: firstSrc, width: 40, height: 30, semanticLabel: 'First' },
        { type: 'image', src: 'https://example.com/b.png', semanticLabel: 'Second' },
      ],
    });
    const { rerender, container } = renderStac(items('https://example.com/broken.png'));
    fireEvent.error(screen.getByRole('img', { name: 'First' }));
    const placeholder = screen.getByRole('img', { name: 'First' });
    expect(placeholder.tagName).toBe('SPAN');
    expect(placeholder.style.width).toBe('40px');
    expect(placeholder.style.height).toBe('30px');
    // Its sibling keeps its image.
    expect(screen.getByRole('img', { name: 'Second' }).tagName).toBe('IMG');
    expect(container.querySelectorAll('img')).toHaveLength(1);
    rerender(
      <StacView document={items('https://example.com/fixed.png')} mode="preview" registry={builtins} />,
    );
    expect(screen.getByRole('img', { name: 'First' })).toHaveAttribute(
      'src',
      'https://example.com/fixed.png',
    );
  });

  it('draws the placeholder for a bound image whose source fails, and the image again for a new source', () => {
    const document = {
      type: 'image',
      src: '{{asset.photo}}',
      semanticLabel: '{{asset.name}}',
    };
    const { rerender } = renderStac(document, {
      scope: { asset: { photo: 'https://example.com/old.png', name: 'Drill' } },
    });
    fireEvent.error(screen.getByRole('img', { name: 'Drill' }));
    expect(screen.getByRole('img', { name: 'Drill' }).tagName).toBe('SPAN');
    rerender(
      <StacView
        document={document}
        mode="preview"
        registry={builtins}
        scope={{ asset: { photo: 'https://example.com/new.png', name: 'Drill' } }}
      />,
    );
    expect(screen.getByRole('img', { name: 'Drill' })).toHaveAttribute('src', 'https://example.com/new.png');
  });

  it('keeps a load failure when a host renders the image widget inside a component of its own', () => {
    const Image = builtinWidgets.image!;
    const registry = createWidgetRegistry(
      {
        image: (props) => (
          <figure>
            <Image {...props} />
          </figure>
        ),
      },
      builtins,
    );
    renderStac({ type: 'image', src: 'https://example.com/x.png', semanticLabel: 'Wrapped' }, { registry });
    fireEvent.error(screen.getByRole('img', { name: 'Wrapped' }));
    expect(screen.getByRole('img', { name: 'Wrapped' }).tagName).toBe('SPAN');
  });

  it('draws SVG sources through <img> and decorative images with empty alt', () => {
    const { container } = renderStac({ type: 'image', src: 'https://example.com/logo.svg' });
    const img = container.querySelector('img');
    expect(img).toHaveAttribute('src', 'https://example.com/logo.svg');
    expect(img).toHaveAttribute('alt', '');
  });

  it.each(['javascript:alert(1)', 'data:image/svg+xml;base64,PHN2Zz4=', ' JaVaScRiPt:alert(1)'])(
    'refuses the image source %s and shows a neutral placeholder',
    (src) => {
      const { container } = renderStac({ type: 'image', src, width: 40, height: 40 });
      expect(container.querySelector('img')).toBeNull();
      expect(container.innerHTML).not.toContain('javascript');
      expect(screen.getByRole('img', { name: 'Image unavailable' })).toBeInTheDocument();
    },
  );

  it('tints an image with a colour through a mask', () => {
    const { container } = renderStac({
      type: 'image',
      src: 'https://example.com/icon.png',
      color: '#FF0000',
    });
    const tinted = widget(container, 'image');
    expect(tinted.style.backgroundColor).toBe('rgb(255, 0, 0)');
  });

  it('draws a circle avatar with its radius, colour and child', () => {
    const { container } = renderStac({
      type: 'circleAvatar',
      radius: 30,
      backgroundColor: '#BBDEFB',
      backgroundImage: 'https://example.com/me.png',
      child: text('AL'),
    });
    const avatar = widget(container, 'circleAvatar');
    expect(avatar.style.width).toBe('60px');
    expect(avatar.style.borderRadius).toBe('50%');
    expect(avatar.style.backgroundImage).toContain('https://example.com/me.png');
    expect(screen.getByText('AL')).toBeInTheDocument();
  });

  it('frames a web page in a sandbox without same-origin or referrer', () => {
    const { container } = renderStac({ type: 'webView', url: 'https://stac.dev' });
    const frame = container.querySelector('iframe');
    expect(frame).toHaveAttribute('src', 'https://stac.dev/');
    expect(frame?.getAttribute('sandbox')).toBe('allow-scripts allow-forms allow-popups');
    expect(frame).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(frame).toHaveAttribute('title', 'Web page from stac.dev');
  });

  it('refuses to frame javascript: or relative URLs', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'webView', url: 'javascript:alert(1)' },
        { type: 'webView', url: '/account/settings' },
      ],
    });
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getAllByText('This web page cannot be shown.')).toHaveLength(2);
  });
});
