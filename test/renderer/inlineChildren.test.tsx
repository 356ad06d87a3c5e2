/**
 * A column whose children never ask for their flex parent draws its texts, images and buttons (and a
 * button its plain label) in its own node view's render, without a component each. What each child did as
 * a node view of its own must hold: it follows the values it reads, stops watching when it leaves, keeps
 * its own image failure, and a child that fails shows its failure while its siblings stay.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { vi } from 'vitest';
import { StacView, createWidgetRegistry, type StacRenderProblem } from '../../src/renderer';
import { builtinWidgets } from '../../src/renderer/widgets';
import { useScopeStore } from '../../src/renderer/StacRendererContext';
import type { ScopeStore } from '../../src/renderer/scopeStore';

// The text at `failing.path` throws as it renders (a hook every text calls is wrapped; every other text
// renders as it does).
const failing = vi.hoisted(() => ({ path: '' }));
vi.mock('../../src/renderer/widgets/buttonLabel', async (original) => {
  const actual = await original<typeof import('../../src/renderer/widgets/buttonLabel')>();
  return {
    ...actual,
    useBareLabel: (path: string) => {
      if (path === failing.path) throw new Error('this text cannot render');
      return actual.useBareLabel(path);
    },
  };
});

let probedStore: ScopeStore | null = null;
function StoreProbe() {
  probedStore = useScopeStore('StoreProbe');
  return null;
}
const registry = createWidgetRegistry({ ...builtinWidgets, storeProbe: StoreProbe });

interface Item {
  name: string;
  price: string;
  image: string;
  cta: string;
}
const items = (count: number): Item[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `Item ${i}`,
    price: `${i}.00 EUR`,
    image: `https://example.com/${i}.png`,
    cta: `Add item ${i}`,
  }));

/** The bench's shop: items in a column, each a column of two texts, an image and a labelled button. */
function shop(count: number) {
  return {
    type: 'column',
    children: [
      ...Array.from({ length: count }, (_, i) => ({
        type: 'column',
        children: [
          { type: 'text', data: `<<items[${i}].name>>`, style: { fontWeight: 'bold' } },
          { type: 'text', data: `<<items[${i}].price>>` },
          { type: 'image', src: `<<items[${i}].image>>`, semanticLabel: `<<items[${i}].name>>` },
          { type: 'elevatedButton', child: { type: 'text', data: `<<items[${i}].cta>>` } },
        ],
      })),
      { type: 'storeProbe' },
    ],
  };
}

function withItem(list: Item[], index: number, change: Partial<Item>): Item[] {
  const next = list.slice();
  next[index] = { ...next[index], ...change };
  return next;
}

describe('children drawn in their column’s render', () => {
  afterEach(() => {
    failing.path = '';
  });

  it('follow the values they read, each item on its own, and stop watching when they leave', () => {
    const document = shop(3);
    const first = items(3);
    const { rerender, unmount } = render(
      <StacView document={document} registry={registry} scope={{ items: first }} />,
    );
    expect(screen.getByText('Item 2')).toBeInTheDocument();
    // Four bound children per item (the button's label is; the button is not), each watching its reads.
    const store = probedStore!;
    expect(store.watcherCount()).toBe(12);
    const untouched = screen.getByText('Item 0');

    act(() =>
      rerender(
        <StacView
          document={document}
          registry={registry}
          scope={{ items: withItem(first, 1, { price: '9.99 EUR', cta: 'Buy now' }) }}
        />,
      ),
    );
    expect(screen.getByText('9.99 EUR')).toBeInTheDocument();
    expect(screen.queryByText('1.00 EUR')).toBeNull();
    expect(screen.getByRole('button', { name: 'Buy now' })).toHaveClass('stac-elevatedButton', 'stac-text');
    // Another item's elements stay the ones first drawn.
    expect(screen.getByText('Item 0')).toBe(untouched);

    unmount();
    expect(store.watcherCount()).toBe(0);
  });

  it('keep following their values through StrictMode’s second mount', () => {
    const document = shop(2);
    const first = items(2);
    const { rerender } = render(
      <StrictMode>
        <StacView document={document} registry={registry} scope={{ items: first }} />
      </StrictMode>,
    );
    expect(probedStore!.watcherCount()).toBe(8);
    act(() =>
      rerender(
        <StrictMode>
          <StacView
            document={document}
            registry={registry}
            scope={{ items: withItem(first, 0, { name: 'Renamed' }) }}
          />
        </StrictMode>,
      ),
    );
    expect(screen.getByText('Renamed')).toBeInTheDocument();
  });

  it('keep each image’s load failure to that image', () => {
    render(<StacView document={shop(3)} registry={registry} scope={{ items: items(3) }} />);
    fireEvent.error(screen.getByRole('img', { name: 'Item 1' }));
    expect(screen.getByRole('img', { name: 'Item 1' }).tagName).toBe('SPAN');
    expect(screen.getByRole('img', { name: 'Item 0' }).tagName).toBe('IMG');
    expect(screen.getByRole('img', { name: 'Item 2' }).tagName).toBe('IMG');
  });

  it('show a failing child’s problem in its place, its siblings and the other items drawn', () => {
    failing.path = 'ui.children[2].children[1]';
    const problems: StacRenderProblem[] = [];
    render(
      <StacView
        document={shop(3)}
        registry={registry}
        scope={{ items: items(3) }}
        mode="preview"
        onProblem={(problem) => problems.push(problem)}
      />,
    );
    expect(screen.queryByText('2.00 EUR')).toBeNull();
    expect(screen.getByText('Item 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add item 2' })).toBeInTheDocument();
    expect(screen.getByText('1.00 EUR')).toBeInTheDocument();
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'render_error',
        path: 'ui.children[2].children[1]',
        message: expect.stringContaining('this text cannot render'),
      }),
    );
  });

  it('report a path without a value in preview, as a node view of their own does', () => {
    const problems: StacRenderProblem[] = [];
    render(
      <StacView
        document={shop(2)}
        registry={registry}
        scope={{ items: [items(1)[0], { name: 'Half', image: '', cta: 'Add' }] }}
        mode="preview"
        onProblem={(problem) => problems.push(problem)}
      />,
    );
    expect(screen.getByText('Half')).toBeInTheDocument();
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'unbound_path', path: 'ui.children[1].children[1]' }),
    );
  });
});
