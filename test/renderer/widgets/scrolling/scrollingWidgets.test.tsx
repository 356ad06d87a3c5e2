import { screen } from '@testing-library/react';
import { renderStac, widget } from '../renderStac';

const text = (data: string) => ({ type: 'text', data });

describe('scrolling widgets', () => {
  it('scrolls a single child vertically or horizontally', () => {
    const { container } = renderStac({
      type: 'column',
      children: [
        { type: 'singleChildScrollView', padding: 8, child: text('down') },
        { type: 'singleChildScrollView', scrollDirection: 'horizontal', child: text('across') },
      ],
    });
    const vertical = widget(container, 'singleChildScrollView', 0);
    expect(vertical.style.overflowY).toBe('auto');
    expect(vertical.style.padding).toBe('8px');
    expect(widget(container, 'singleChildScrollView', 1).style.overflowX).toBe('auto');
  });

  it('lists children with separators between them', () => {
    renderStac({
      type: 'listView',
      separator: { type: 'divider' },
      children: [text('one'), text('two'), text('three')],
    });
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['one', 'two', 'three']);
    expect(screen.getAllByRole('separator', { hidden: true })).toHaveLength(2);
  });

  it('lays out a grid with a column count, spacing and aspect ratio', () => {
    const { container } = renderStac({
      type: 'gridView',
      crossAxisCount: 3,
      mainAxisSpacing: 10,
      crossAxisSpacing: 6,
      childAspectRatio: 2,
      children: [text('a'), text('b'), text('c'), text('d')],
    });
    const grid = widget(container, 'gridView');
    expect(grid.style.gridTemplateColumns).toBe('repeat(3, minmax(0, 1fr))');
    expect(grid.style.rowGap).toBe('10px');
    expect(grid.style.columnGap).toBe('6px');
    expect(screen.getAllByRole('listitem')[0].style.aspectRatio).toBe('2 / 1');
  });

  it('pages horizontally with scroll snapping and labels each slide', () => {
    const { container } = renderStac({ type: 'pageView', children: [text('p1'), text('p2')] });
    const pages = widget(container, 'pageView');
    expect(pages.style.scrollSnapType).toBe('x mandatory');
    expect(screen.getByRole('group', { name: '2 of 2' })).toHaveTextContent('p2');
  });

  it('shows carousel items with their extent', () => {
    const { container } = renderStac({
      type: 'carouselView',
      itemExtent: 200,
      children: [text('c1'), text('c2')],
    });
    expect(widget(container, 'carouselView')).toHaveAttribute('aria-roledescription', 'carousel');
    // The item's slot takes the extent; Material's 4 px padding surrounds the card inside it.
    const slot = screen.getByRole('group', { name: '1 of 2' }).parentElement!;
    expect(slot.style.flex).toBe('0 0 200px');
    expect(slot.style.padding).toBe('4px');
  });

  it('offers a keyboard way to refresh', () => {
    renderStac({ type: 'refreshIndicator', onRefresh: { actionType: 'none' }, child: text('list') });
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeInTheDocument();
    expect(screen.getByText('list')).toBeInTheDocument();
  });

  it('renders a table with borders, flex column widths and cell alignment', () => {
    const { container } = renderStac({
      type: 'table',
      defaultColumnWidth: { type: 'flexColumnWidth', value: 1 },
      columnWidths: { '0': { type: 'fixedColumnWidth', value: 120 } },
      border: { color: '#000000', width: 1 },
      children: [
        {
          type: 'tableRow',
          decoration: { color: '#40000000' },
          children: [
            { type: 'tableCell', verticalAlignment: 'middle', child: text('Header 1') },
            { type: 'tableCell', child: text('Header 2') },
            { type: 'tableCell', child: text('Header 3') },
          ],
        },
        { type: 'tableRow', children: [text('r1c1'), text('r1c2'), text('r1c3')] },
      ],
    });
    const table = container.querySelector('table') as HTMLTableElement;
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0].style.backgroundColor).toBe('rgba(0, 0, 0, 0.25)');
    expect(table.rows[0].cells[0].style.verticalAlign).toBe('middle');
    expect(table.rows[0].cells[0].style.border).toBe('1px solid rgb(0, 0, 0)');
    const cols = table.querySelectorAll('col');
    expect(cols[0].style.width).toBe('120px');
    expect(cols[1].style.width).toBe('50%');
    expect(screen.getByText('r1c3')).toBeInTheDocument();
  });
});
