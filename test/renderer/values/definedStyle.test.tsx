/**
 * Inline styles carry only the declarations that say something: a default left to CSS is no declaration
 * at all, so a long list of plain items costs no style writes for what the stylesheet already says.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StacView } from '../../../src/renderer';
import { definedStyle } from '../../../src/renderer/values';
import { renderStac, widget } from '../widgets/renderStac';

/**
 * Every write to an element's inline style while the recorder runs, by property: React sets each key of a
 * style object, an absent value as an empty one.
 */
function recordStyleWrites() {
  const prototype = Object.getPrototypeOf(document.createElement('div').style) as object;
  const replaced: [string, PropertyDescriptor][] = [];
  const empty: string[] = [];
  const set: string[] = [];
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(prototype))) {
    const write = descriptor.set;
    if (!write || /^[A-Z]|-/.test(name)) continue;
    replaced.push([name, descriptor]);
    Object.defineProperty(prototype, name, {
      ...descriptor,
      set(this: CSSStyleDeclaration, value: unknown) {
        (value === '' ? empty : set).push(name);
        write.call(this, value);
      },
    });
  }
  return {
    empty,
    set,
    stop() {
      for (const [name, descriptor] of replaced) Object.defineProperty(prototype, name, descriptor);
    },
  };
}

describe('definedStyle', () => {
  it('drops absent, empty and boolean values and keeps zero', () => {
    expect(
      definedStyle({ textAlign: undefined, color: '', margin: 0, fontWeight: 700, direction: undefined }),
    ).toEqual({ margin: 0, fontWeight: 700 });
  });

  it('is undefined when nothing is left, so React leaves the style attribute alone', () => {
    expect(definedStyle({ textAlign: undefined, direction: undefined })).toBeUndefined();
    expect(definedStyle({})).toBeUndefined();
  });

  it('hands back the same object when every value counts', () => {
    const style = { width: '48px', height: '48px' };
    expect(definedStyle(style)).toBe(style);
  });
});

describe('inline styles of the common widgets', () => {
  const item = {
    type: 'column',
    crossAxisAlignment: 'start',
    children: [
      { type: 'text', data: 'Name', style: { fontWeight: 'bold' } },
      { type: 'text', data: 'Plain' },
      { type: 'image', src: 'https://example.com/a.png', width: 48, height: 48 },
      { type: 'elevatedButton', child: { type: 'text', data: 'Add' }, onPressed: { actionType: 'none' } },
    ],
  };

  it('spends no style write on a default left to CSS', () => {
    const writes = recordStyleWrites();
    try {
      const { container } = renderStac(item);
      expect(widget(container, 'text', 1).hasAttribute('style')).toBe(false);
      expect(widget(container, 'elevatedButton').hasAttribute('style')).toBe(false);
    } finally {
      writes.stop();
    }
    // Before: textAlign and direction on every text, seven absent flex properties on a column, ...
    expect(writes.empty).toEqual([]);
    // The outer column grows; the image's pixel size is a class shared by every image of that size.
    expect(writes.set).toEqual(['flexGrow']);
  });

  it('writes exactly the declarations the document asks for', () => {
    const { container } = renderStac(item);
    // A bold name and the item's alignment are classes of the widget stylesheet, not inline declarations.
    expect(widget(container, 'text', 0).hasAttribute('style')).toBe(false);
    expect(getComputedStyle(widget(container, 'text', 0)).fontWeight).toBe('700');
    expect(widget(container, 'column').getAttribute('style')).toBe('flex-grow: 1;');
    expect(widget(container, 'image').hasAttribute('style')).toBe(false);
    expect(getComputedStyle(widget(container, 'image')).width).toBe('48px');
    expect(getComputedStyle(widget(container, 'image')).height).toBe('48px');
  });

  it('clears a declaration that a new document no longer asks for', () => {
    const { container, rerender } = render(
      <StacView document={{ type: 'text', data: 'A', textAlign: 'center' }} />,
    );
    expect(widget(container, 'text').style.textAlign).toBe('center');
    rerender(<StacView document={{ type: 'text', data: 'A' }} />);
    expect(widget(container, 'text').style.textAlign).toBe('');
    expect(widget(container, 'text').textContent).toBe('A');
  });
});
