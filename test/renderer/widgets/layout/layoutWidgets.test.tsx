import { screen } from '@testing-library/react';
import { renderStac, stacNodes, widget } from '../renderStac';
import { fittedScale } from '../../../../src/renderer/widgets';

const text = (data: string) => ({ type: 'text', data });

describe('layout widgets', () => {
  it('paints a container with a Stac colour, padding in Flutter order and a rounded decoration', () => {
    const { container } = renderStac({
      type: 'container',
      color: '#80FF0000',
      padding: [1, 2, 3, 4],
      margin: 8,
      width: 120,
      decoration: { borderRadius: 12, border: { color: '#0000FF', width: 2 } },
      child: text('Hello'),
    });
    const box = widget(container, 'container');
    expect(box.style.backgroundColor).toBe('rgba(255, 0, 0, 0.5)');
    expect(box.style.padding).toBe('2px 3px 4px 1px');
    expect(box.style.margin).toBe('8px');
    expect(box.style.width).toBe('120px');
    expect(box.style.borderRadius).toBe('12px');
    expect(box.style.border).toBe('2px solid rgb(0, 0, 255)');
    expect(screen.getByText('Hello')).toBeInTheDocument();
  });

  it('tells each direct child of a row or column which flex box holds it, whatever its siblings are', () => {
    // Flutter: a row in a column fills its width; a row in a row shrink-wraps its children. A list of plain
    // items (texts, images, buttons) provides no flex parent at all; the rows here must still get theirs.
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'column', children: [text('Plain'), { type: 'image', src: 'https://example.com/a.png' }] },
        { type: 'column', children: [text('In a column'), { type: 'row', children: [text('a')] }] },
        { type: 'row', children: [text('In a row'), { type: 'row', children: [text('b')] }] },
        {
          type: 'column',
          children: [
            text('Deeper'),
            { type: 'padding', padding: 4, child: { type: 'row', children: [text('c')] } },
          ],
        },
      ],
    });
    const rows = Array.from(container.querySelectorAll<HTMLElement>('.stac-row'));
    const rowHolding = (label: string) => rows.find((row) => row.textContent === label)!;
    expect(rowHolding('a').style.width).toBe('100%');
    expect(rowHolding('b').style.width).toBe('');
    expect(rowHolding('In a rowb').style.width).toBe('100%');
    // Not a direct child of a flex box: a padding holds it, so it fills as in a column's flow.
    expect(rowHolding('c').style.width).toBe('100%');
    expect(screen.getByText('Plain')).toBeInTheDocument();
  });

  it('lets the root of a view fill the height the host gives it, and only the root', () => {
    // Flutter gives the root widget the whole screen: a root center centres in the view's height, a root
    // column spreads its children over it; the same widgets one level down keep to their content.
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'center', child: text('Nested') },
        { type: 'column', children: [text('Inner')] },
      ],
    });
    const columns = stacNodes(container, 'column');
    expect(columns[0].style.flexGrow).toBe('1');
    expect(columns[1].style.flexGrow).toBe('');
    expect(widget(container, 'center').style.flexGrow).toBe('');
    const centred = renderStac({ type: 'center', child: text('Root') }, { rootPath: 'plugin.ui' });
    expect(widget(centred.container, 'center').style.flexGrow).toBe('1');
  });

  it('renders the simple container form of the plugin docs as a vertical or horizontal stack', () => {
    const { container } = renderStac({
      type: 'container',
      layout: 'horizontal',
      children: [
        { type: 'text', content: 'Score' },
        { type: 'text', content: '42' },
      ],
    });
    expect(widget(container, 'container').style.flexDirection).toBe('row');
    expect(screen.getByText('Score')).toBeInTheDocument();
    expect(screen.getByText('42')).toBeInTheDocument();
  });

  it.each([
    ['column', 'spaceBetween', 'end', 'column', 'space-between', 'flex-end'],
    ['row', 'center', 'stretch', 'row', 'center', 'stretch'],
    ['row', 'spaceEvenly', undefined, 'row', 'space-evenly', 'center'],
  ])('lays out a %s with %s / %s', (type, main, cross, direction, justify, align) => {
    const { container } = renderStac({
      type,
      mainAxisAlignment: main,
      crossAxisAlignment: cross,
      spacing: 12,
      children: [text('a'), text('b')],
    });
    const flex = widget(container, type);
    // display, flex-direction and the alignments come from the widget stylesheet, so read what the element
    // computes to.
    const computed = getComputedStyle(flex);
    expect(computed.display).toBe('flex');
    expect(computed.flexDirection).toBe(direction);
    expect(computed.justifyContent).toBe(justify);
    expect(computed.alignItems).toBe(align);
    expect(flex.style.gap).toBe('12px');
  });

  it('aligns a row or column by classes of the widget stylesheet, with no inline style for it', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'column', crossAxisAlignment: 'start', mainAxisAlignment: 'end', children: [text('a')] },
        { type: 'row', children: [text('b')] },
      ],
    });
    const inner = widget(container, 'column', 1);
    expect(inner.hasAttribute('style')).toBe(false);
    expect(getComputedStyle(inner).alignItems).toBe('flex-start');
    expect(getComputedStyle(inner).justifyContent).toBe('flex-end');
    // Flutter's defaults: cross axis centred, main axis from the start.
    expect(getComputedStyle(widget(container, 'column', 0)).alignItems).toBe('center');
    expect(getComputedStyle(widget(container, 'row')).alignItems).toBe('center');
    expect(getComputedStyle(widget(container, 'row')).justifyContent).not.toBe('flex-end');
  });

  it('shrinks a row to its children with mainAxisSize min', () => {
    const { container } = renderStac({ type: 'row', mainAxisSize: 'min', children: [text('a')] });
    expect(widget(container, 'row').style.display).toBe('inline-flex');
  });

  it('shares free space by flex factor among expanded, flexible and spacer', () => {
    const { container } = renderStac({
      type: 'row',
      children: [
        { type: 'expanded', flex: 2, child: text('wide') },
        { type: 'spacer' },
        { type: 'flexible', flex: 3, fit: 'tight', child: text('tight') },
      ],
    });
    expect(widget(container, 'expanded').style.flex).toBe('2 1 0px');
    expect(widget(container, 'spacer').style.flex).toBe('1 1 0px');
    expect(widget(container, 'flexible').style.flex).toBe('3 1 0px');
  });

  it('stacks children in one cell and positions the positioned ones', () => {
    const { container } = renderStac({
      type: 'stack',
      alignment: 'bottomEnd',
      children: [
        { type: 'sizedBox', width: 100, height: 100 },
        { type: 'positioned', top: 4, right: 8, child: text('badge') },
      ],
    });
    const stack = widget(container, 'stack');
    expect(stack.style.position).toBe('relative');
    expect(stack.style.justifyItems).toBe('end');
    expect(stack.style.alignItems).toBe('end');
    const positioned = widget(container, 'positioned');
    expect(positioned.style.position).toBe('absolute');
    expect(positioned.style.top).toBe('4px');
    expect(positioned.style.right).toBe('8px');
  });

  it('centers and aligns with Flutter alignment names', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'center', child: text('c') },
        { type: 'align', alignment: 'topRight', child: text('r') },
      ],
    });
    expect(widget(container, 'center').style.justifyContent).toBe('center');
    expect(widget(container, 'align').style.justifyContent).toBe('flex-end');
    expect(widget(container, 'align').style.alignItems).toBe('flex-start');
  });

  it('sizes, pads, clips, fades and keeps aspect ratios', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'sizedBox', width: 40, height: 'infinity' },
        { type: 'padding', padding: { left: 16 }, child: text('p') },
        { type: 'clipRRect', borderRadius: [8, 8, 0, 0], child: text('r') },
        { type: 'clipOval', child: text('o') },
        { type: 'opacity', opacity: 0.4, child: text('faded') },
        { type: 'aspectRatio', aspectRatio: 1.5, child: text('ar') },
        { type: 'coloredBox', color: 'primary', child: text('cb') },
      ],
    });
    expect(widget(container, 'sizedBox').style.width).toBe('40px');
    // An infinite height along a column's main axis takes the free space rather than 100% of it.
    expect(widget(container, 'sizedBox').style.height).toBe('');
    expect(widget(container, 'sizedBox').style.flexGrow).toBe('1');
    expect(widget(container, 'padding').style.padding).toBe('0px 0px 0px 16px');
    expect(widget(container, 'clipRRect').style.borderRadius).toBe('8px 8px 0px 0px');
    expect(widget(container, 'clipRRect').style.overflow).toBe('hidden');
    expect(widget(container, 'clipOval').style.borderRadius).toBe('50%');
    expect(widget(container, 'opacity').style.opacity).toBe('0.4');
    expect(widget(container, 'aspectRatio').style.aspectRatio).toBe('1.5 / 1');
    expect(widget(container, 'coloredBox').style.backgroundColor).toBe('var(--stac-color-primary)');
  });

  it('wraps with spacing and run spacing', () => {
    const { container } = renderStac({
      type: 'wrap',
      spacing: 8,
      runSpacing: 4,
      children: [text('a'), text('b')],
    });
    const wrap = widget(container, 'wrap');
    expect(wrap.style.flexWrap).toBe('wrap');
    expect(wrap.style.columnGap).toBe('8px');
    expect(wrap.style.rowGap).toBe('4px');
  });

  it.each([
    ['5 > 3', 'yes'],
    ['Flutter == Flutter', 'yes'],
    ['(10 + 5) * 2 == 30', 'yes'],
    ['true && (false || true)', 'yes'],
    ['2 > 3', 'no'],
    ['{{asset.count}} >= 10', 'yes'],
    ['{{asset.name}} == Drill', 'no'],
  ])('shows ifTrue or ifFalse for the condition %s', (condition, expected) => {
    renderStac(
      { type: 'conditional', condition, ifTrue: text('yes'), ifFalse: text('no') },
      { scope: { asset: { count: 12, name: 'Hammer' } } },
    );
    expect(screen.getByText(expected)).toBeInTheDocument();
    expect(screen.queryByText(expected === 'yes' ? 'no' : 'yes')).not.toBeInTheDocument();
  });

  it('hides with visibility and shows the replacement', () => {
    renderStac({
      type: 'column',
      children: [
        { type: 'visibility', visible: false, child: text('secret'), replacement: text('instead') },
        { type: 'visibility', visible: 'true', child: text('shown') },
      ],
    });
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
    expect(screen.getByText('instead')).toBeInTheDocument();
    expect(screen.getByText('shown')).toBeInTheDocument();
  });

  it('blurs what is behind a backdropFilter', () => {
    const { container } = renderStac({
      type: 'backdropFilter',
      filter: { type: 'blur', sigmaX: 10, sigmaY: 10 },
      child: text('glass'),
    });
    expect(widget(container, 'backdropFilter').style.backdropFilter).toBe('blur(10px)');
  });
});

describe('fittedBox', () => {
  it.each([
    ['contain', 100, 20, 400, null, 4, 4],
    ['contain', 100, 20, 400, 40, 2, 2],
    ['cover', 100, 20, 400, 200, 10, 10],
    ['fill', 100, 20, 400, 40, 4, 2],
    ['scaleDown', 100, 20, 400, null, 1, 1],
    ['scaleDown', 800, 20, 400, null, 0.5, 0.5],
    ['none', 100, 20, 400, null, 1, 1],
    ['fitHeight', 100, 20, 400, 60, 3, 3],
  ] as const)('scales with %s like Flutter (%d×%d into %d×%s)', (fit, w, h, W, H, x, y) => {
    expect(fittedScale(fit, w, h, W, H)).toEqual({ x, y });
  });

  it('renders its child (scaling waits for layout in the browser)', () => {
    renderStac({ type: 'fittedBox', fit: 'contain', child: text('Hello, World!') });
    expect(screen.getByText('Hello, World!')).toBeInTheDocument();
  });
});
