import { describe, expect, it } from 'vitest';
import { renderStac, stacNodes } from './renderStac';

// One item of a shop list, as a host styles and finds it: every widget by the one class naming its type.
const item = {
  type: 'padding',
  padding: 8,
  child: {
    type: 'column',
    crossAxisAlignment: 'start',
    children: [
      { type: 'text', data: 'Hammer', style: { fontWeight: 'bold' } },
      { type: 'image', src: 'https://cdn.example.com/hammer.png', width: 48, height: 48 },
      { type: 'sizedBox', height: 8 },
      { type: 'elevatedButton', child: { type: 'text', data: 'Add' }, onPressed: { actionType: 'none' } },
      { type: 'textButton', enabled: false, child: { type: 'text', data: 'Sold out' } },
      { type: 'center', child: { type: 'icon', icon: 'home' } },
    ],
  },
};

describe('widget classes', () => {
  it('marks each widget with one class named after its type, first, and no data-stac-type', () => {
    const { container } = renderStac(item);
    for (const type of ['padding', 'column', 'text', 'image', 'sizedBox', 'elevatedButton', 'center']) {
      const [found] = stacNodes(container, type);
      expect(found, type).toBeDefined();
      expect(found.classList[0], type).toBe(`stac-${type}`);
    }
    expect(stacNodes(container, 'text').map((node) => node.textContent)).toEqual([
      'Hammer',
      'Add',
      'Sold out',
    ]);
    expect(container.querySelector('[data-stac-type]')).toBeNull();
  });

  it('gives a Material button its type class first; disabled buttons keep it and get the disabled attribute', () => {
    const { container } = renderStac(item);
    const [add] = stacNodes(container, 'elevatedButton');
    expect(add.tagName).toBe('BUTTON');
    // A plain text label is the button's own text: the button carries the text's class after its own.
    expect(add.className).toBe('stac-elevatedButton stac-text');
    const [soldOut] = stacNodes(container, 'textButton');
    expect(soldOut.className).toBe('stac-textButton stac-text');
    expect((soldOut as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps an image private and lazy: no referrer for plugin URLs, loaded when it scrolls into view', () => {
    const { container } = renderStac(item);
    const [image] = stacNodes(container, 'image');
    expect(image.tagName).toBe('IMG');
    expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(image.getAttribute('loading')).toBe('lazy');
  });

  it('loads a data: image at once (no network to spare, no lazy-load observer to keep)', () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'image', src: png, width: 48, height: 48 },
        { type: 'image', src: 'https://cdn.example.com/hammer.png', width: 48, height: 48 },
      ],
    });
    const [inline, remote] = stacNodes(container, 'image');
    expect(inline.getAttribute('src')).toBe(png);
    expect(inline.hasAttribute('loading')).toBe(false);
    expect(inline.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(remote.getAttribute('loading')).toBe('lazy');
  });

  it('leaves icons out of the type classes (they are found by data-stac-icon)', () => {
    const { container } = renderStac(item);
    const icon = container.querySelector('.stac-center > [data-stac-icon="home"]');
    expect(icon).not.toBeNull();
    expect(icon?.getAttribute('class')).toBeNull();
  });
});
