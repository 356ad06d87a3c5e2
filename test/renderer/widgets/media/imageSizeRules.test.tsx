/** Its own file: the page's size rules are module state, and a full table (another test's) would hide them. */
import { renderStac, rulesFor } from '../renderStac';

describe('image size rules', () => {
  it('keeps sizing images after the page lost its size rules (a host that empties its head)', () => {
    renderStac({ type: 'image', src: 'https://example.com/a.png', width: 37, height: 21 }).unmount();
    for (const style of document.head.querySelectorAll('style')) style.remove();
    expect(rulesFor('stac-size-w37-h21')).toHaveLength(0);
    const { container } = renderStac({
      type: 'image',
      src: 'https://example.com/b.png',
      width: 37,
      height: 21,
    });
    const img = container.querySelector('img')!;
    expect(img.hasAttribute('style')).toBe(false);
    expect(getComputedStyle(img).width).toBe('37px');
    expect(getComputedStyle(img).height).toBe('21px');
    expect(rulesFor('stac-size-w37-h21')).toHaveLength(1);
  });
});
