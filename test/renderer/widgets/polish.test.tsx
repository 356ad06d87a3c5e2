/**
 * Flutter semantics the widgets polish pass added: unbounded lengths, translucent decoration images,
 * TextOverflow.fade and accessible names for unlabelled check boxes, switches and radios.
 */
import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { createWidgetRegistry } from '../../../src/renderer';
import { renderStacToString } from '../../../src/renderer/ssr';
import { builtinWidgets } from '../../../src/renderer/widgets';
import { renderStac, widget } from './renderStac';

const text = (data: string) => ({ type: 'text', data });
const registry = createWidgetRegistry(builtinWidgets);

describe('unbounded lengths (double.infinity, maxFinite)', () => {
  it('fill the parent instead of writing 1.79e308px into the page', () => {
    const { container } = renderStac({
      type: 'listView',
      children: [
        { type: 'container', width: 'maxFinite', height: 250, color: 'primary' },
        { type: 'sizedBox', width: 'infinity', height: 20 },
      ],
    });
    expect(container.innerHTML).not.toMatch(/e\+\d+px/);
    expect(widget(container, 'container').style.width).toBe('100%');
    expect(widget(container, 'sizedBox').style.width).toBe('100%');
  });

  it('take the free space along a row, beside fixed-size siblings, and stretch across a column', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        {
          type: 'row',
          children: [
            { type: 'sizedBox', width: 48, height: 48 },
            { type: 'container', width: 'infinity', height: 48, color: 'primary' },
          ],
        },
        { type: 'sizedBox', width: 'infinity', height: 10 },
      ],
    });
    const filler = widget(container, 'container');
    expect(filler.style.width).toBe('');
    expect(filler.style.flexGrow).toBe('1');
    expect(filler.style.flexBasis).toBe('0px');
    // The 48px box beside it keeps its width (a 100% sibling would squeeze it).
    expect(widget(container, 'sizedBox', 0).style.width).toBe('48px');
    const crossFiller = widget(container, 'sizedBox', 1);
    expect(crossFiller.style.alignSelf).toBe('stretch');
    expect(crossFiller.style.flexGrow).toBe('');
    expect(crossFiller.style.height).toBe('10px');
  });

  it('means "no limit" as a maximum and "full width" as a button minimum size', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'container', constraints: { maxWidth: 'infinity', maxHeight: 'maxFinite', minHeight: 40 } },
        { type: 'row', children: [{ type: 'limitedBox', maxWidth: 'maxFinite', child: text('limited') }] },
        {
          type: 'elevatedButton',
          style: { minimumSize: { width: 'infinity', height: 48 } },
          child: text('Save'),
          onPressed: { actionType: 'none' },
        },
      ],
    });
    const box = widget(container, 'container');
    expect(box.style.maxWidth).toBe('none');
    expect(box.style.maxHeight).toBe('none');
    expect(box.style.minHeight).toBe('40px');
    expect(widget(container, 'limitedBox').style.maxWidth).toBe('none');
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button.style.minWidth).toBe('100%');
    expect(button.style.minHeight).toBe('48px');
  });
});

describe('stack of positioned children only', () => {
  it('fills its parent and keeps room for the children instead of collapsing to nothing', () => {
    const { container } = renderStac({
      type: 'stack',
      children: [
        { type: 'positioned', top: 30, left: 30, width: 150, height: 150, child: text('Green') },
        { type: 'positioned', top: 130, left: 90, width: 150, height: 150, child: text('Purple') },
      ],
    });
    const stack = widget(container, 'stack');
    expect(stack.style.width).toBe('100%');
    expect(stack.style.flexGrow).toBe('1');
    expect(stack.style.minHeight).toBe('280px');
    expect(stack.style.minWidth).toBe('240px');
    expect(screen.getByText('Purple')).toBeVisible();
  });
});

describe('decoration image opacity', () => {
  const decorated = (opacity?: number) => ({
    type: 'container',
    height: 100,
    decoration: {
      color: '#FF0000',
      image: {
        src: 'https://example.com/bg.png',
        fit: 'cover',
        ...(opacity === undefined ? {} : { opacity }),
      },
    },
    child: text('On top'),
  });

  it('paints a translucent image on its own layer with that opacity, under the content', () => {
    const { container } = renderStac(decorated(0.3));
    const box = widget(container, 'container');
    const layer = box.querySelector<HTMLElement>('[data-stac-layer="decoration-image"]');
    expect(layer).not.toBeNull();
    expect(layer!.style.opacity).toBe('0.3');
    expect(layer!.style.backgroundImage).toContain('https://example.com/bg.png');
    expect(layer!.style.backgroundSize).toBe('cover');
    expect(layer!.style.zIndex).toBe('-1');
    expect(layer!.getAttribute('aria-hidden')).toBe('true');
    // The box keeps its colour but not the image (which would otherwise show at full strength).
    expect(box.style.backgroundColor).toBe('rgb(255, 0, 0)');
    expect(box.style.backgroundImage).toBe('');
    expect(box.style.isolation).toBe('isolate');
    expect(screen.getByText('On top')).toBeVisible();
  });

  it('keeps an opaque image in the box background, without an extra layer', () => {
    const { container } = renderStac(decorated());
    const box = widget(container, 'container');
    expect(box.querySelector('[data-stac-layer]')).toBeNull();
    expect(box.style.backgroundImage).toContain('https://example.com/bg.png');
  });

  it('draws nothing for a refused image URL, translucent or not', () => {
    const { container } = renderStac({
      type: 'container',
      decoration: { image: { src: 'javascript:alert(1)', opacity: 0.5 } },
    });
    expect(widget(container, 'container').querySelector('[data-stac-layer]')).toBeNull();
  });
});

describe('TextOverflow.fade', () => {
  const html = (node: Record<string, unknown>) => renderStacToString(node, { registry });

  it('fades the end of a single line out', () => {
    const out = html({
      type: 'text',
      data: 'A very long title that will not fit',
      maxLines: 1,
      overflow: 'fade',
    });
    expect(out).toContain('mask-image:linear-gradient(to right, #000 calc(100% - 1.5em), transparent)');
    expect(out).toContain('overflow:hidden');
    expect(out).not.toContain('text-overflow:ellipsis');
  });

  it('fades the last visible line out when several lines are clamped', () => {
    const out = html({ type: 'text', data: 'Many lines of text', maxLines: 3, overflow: 'fade' });
    expect(out).toContain('mask-image:linear-gradient(to bottom, #000 calc(100% - 1lh), transparent)');
  });

  it('fades a line that does not wrap, and leaves clip and ellipsis alone', () => {
    expect(html({ type: 'text', data: 'No wrap', softWrap: false, overflow: 'fade' })).toContain(
      'to right, #000',
    );
    expect(html({ type: 'text', data: 'x', maxLines: 1, overflow: 'ellipsis' })).not.toContain('mask-image');
    expect(html({ type: 'text', data: 'x', maxLines: 1, overflow: 'clip' })).not.toContain('mask-image');
  });
});

describe('accessible names of controls no listTile labels', () => {
  it('names a check box after the text beside it in a row', async () => {
    renderStac({
      type: 'row',
      children: [{ type: 'checkBox', id: 'accept_terms', value: false }, text('I accept the terms')],
    });
    expect(await screen.findByRole('checkbox', { name: 'I accept the terms' })).toBeInTheDocument();
  });

  it('falls back to the id read as words when no text is near, and prefers semanticLabel', () => {
    renderStac({
      type: 'column',
      children: [
        { type: 'checkBox', id: 'acceptTerms', value: true },
        { type: 'checkBox', id: 'other', semanticLabel: 'Subscribe to news', value: false },
      ],
    });
    expect(screen.getByRole('checkbox', { name: 'accept terms' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Subscribe to news' })).not.toBeChecked();
  });

  it('does not lend one row label to a control in another row', async () => {
    renderStac({
      type: 'column',
      children: [
        { type: 'row', children: [{ type: 'switch', id: 'wifi', value: true }, text('Wi-Fi')] },
        { type: 'row', children: [{ type: 'switch', id: 'bluetooth_enabled', value: false }] },
      ],
    });
    expect(await screen.findByRole('switch', { name: 'Wi-Fi' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'bluetooth enabled' })).toBeInTheDocument();
  });

  it('has server HTML that already names the control (from its id)', () => {
    const out = renderStacToString({ type: 'checkBox', id: 'newsletter', value: false }, { registry });
    expect(out).toMatch(/<input[^>]*aria-label="newsletter"/);
  });

  it('passes axe with bare check boxes, switches and radios', async () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'checkBox', id: 'agree', value: false },
        { type: 'row', children: [{ type: 'switch', value: false }, text('Dark mode')] },
        { type: 'row', children: [{ type: 'radio', value: 'small', groupValue: 'small' }, text('Small')] },
      ],
    });
    await screen.findByRole('switch', { name: 'Dark mode' });
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(screen.getByRole('radio', { name: 'Small' })).toBeChecked();
  });
});

describe('text field border', () => {
  it('is an underline by default, as Flutter draws InputDecoration() without a theme', () => {
    const { container } = renderStac({ type: 'textField', decoration: { hintText: 'Name' } });
    const field = container.querySelector<HTMLElement>('.stac-field');
    expect(field).not.toBeNull();
    // Drawn inside the box (an inset shadow), as Flutter paints the border without taking space.
    expect(field!.style.boxShadow).toMatch(/^inset 0 -1px 0 0 /);
    expect(field!.style.borderTopStyle === '' || field!.style.borderTopStyle === 'none').toBe(true);
  });

  it('is an outline when the document asks for one', () => {
    const { container } = renderStac({
      type: 'textField',
      decoration: { hintText: 'Name', border: { type: 'outlineInputBorder' } },
    });
    expect(container.querySelector<HTMLElement>('.stac-field')!.style.boxShadow).toMatch(/^inset 0 0 0 1px /);
  });
});

describe('dropdownMenu arrow', () => {
  it('shows one arrow: Flutter arrow_drop_down by default instead of the native select arrow', () => {
    const { container } = renderStac({
      type: 'dropdownMenu',
      initialSelection: 'b',
      dropdownMenuEntries: [
        { label: 'Apple', value: 'a' },
        { label: 'Banana', value: 'b' },
      ],
    });
    const select = screen.getByRole('combobox');
    expect(select.style.appearance).toBe('none');
    expect(select).toHaveDisplayValue('Banana');
    const icons = widget(container, 'dropdownMenu').querySelectorAll('[data-stac-icon]');
    expect(Array.from(icons, (icon) => icon.getAttribute('data-stac-icon'))).toEqual(['arrow_drop_down']);
  });

  it('uses the document trailing icon instead when there is one', () => {
    const { container } = renderStac({
      type: 'dropdownMenu',
      trailingIcon: { type: 'icon', icon: 'double_arrow' },
      dropdownMenuEntries: [{ label: 'A', value: 'a' }],
    });
    const icons = widget(container, 'dropdownMenu').querySelectorAll('[data-stac-icon]');
    expect(Array.from(icons, (icon) => icon.getAttribute('data-stac-icon'))).toEqual(['double_arrow']);
  });
});

describe('text field decoration icon', () => {
  it('shows InputDecoration.icon before the field, outside its fill', () => {
    const { container } = renderStac({
      type: 'textField',
      decoration: { filled: true, labelText: 'Name', icon: { type: 'icon', icon: 'person' } },
    });
    const outer = widget(container, 'textField');
    const icon = outer.querySelector('[data-stac-icon="person"]');
    expect(icon).not.toBeNull();
    const field = outer.querySelector('.stac-field')!;
    expect(field.contains(icon)).toBe(false);
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInTheDocument();
  });
});
