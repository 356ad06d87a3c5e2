import { act, render, screen } from '@testing-library/react';
import { createElement, type ComponentType } from 'react';
import { StacView, createWidgetRegistry, defaultWidgetRegistry } from '../../../src/renderer';
import type { StacWidgetProps } from '../../../src/renderer/contract';
import { boundDocument, boundScope, cardCount, withQuantity } from '../../../bench/boundDocument';

/** Real widgets, wrapped to count renders per node path. */
const renders = new Map<string, number>();
function counting(type: string): ComponentType<StacWidgetProps> {
  const Real = defaultWidgetRegistry[type] as ComponentType<StacWidgetProps>;
  return function Counting(props: StacWidgetProps) {
    renders.set(props.path, (renders.get(props.path) ?? 0) + 1);
    return createElement(Real, props);
  };
}
const registry = createWidgetRegistry(
  Object.fromEntries(['column', 'container', 'row', 'text'].map((type) => [type, counting(type)])),
);

const SIZE = 1_000;
const document = boundDocument(SIZE);
const cards = cardCount(SIZE);

describe('a one-field change re-renders only the nodes whose templates read it', () => {
  beforeEach(() => renders.clear());

  it('renders all 1,000 nodes once, then only the quantity text of the changed item', () => {
    const scope = boundScope(SIZE);
    const { rerender } = render(<StacView document={document} scope={scope} registry={registry} />);
    expect(renders.size).toBe(SIZE);
    expect([...renders.values()].every((count) => count === 1)).toBe(true);
    expect(screen.getByText('Item 17 of Workshop')).toBeInTheDocument();
    expect(screen.getByText('51 pcs')).toBeInTheDocument();

    renders.clear();
    act(() =>
      rerender(<StacView document={document} scope={withQuantity(scope, 17, 12_345)} registry={registry} />),
    );
    expect(screen.getByText('12,345 pcs')).toBeInTheDocument();
    expect(screen.queryByText('51 pcs')).toBeNull();
    expect([...renders.entries()]).toEqual([['ui.children[17].child.children[1]', 1]]);
  });

  it('re-renders every label, and only the labels, when the shared asset.name changes', () => {
    const scope = boundScope(SIZE);
    const { rerender } = render(<StacView document={document} scope={scope} registry={registry} />);
    renders.clear();
    act(() =>
      rerender(
        <StacView document={document} scope={{ ...scope, asset: { name: 'Garage' } }} registry={registry} />,
      ),
    );
    expect(screen.getByText('Item 3 of Garage')).toBeInTheDocument();
    expect(renders.size).toBe(cards);
    expect([...renders.keys()].every((path) => path.endsWith('.child.children[0]'))).toBe(true);
  });

  it('re-renders the status text when the condition of its #if block changes', () => {
    const scope = boundScope(SIZE);
    const { rerender } = render(<StacView document={document} scope={scope} registry={registry} />);
    expect(screen.getAllByText('Low stock')).toHaveLength(Math.ceil(cards / 7));
    renders.clear();
    const items = scope.items.slice();
    items[1] = { ...items[1], low: true };
    act(() => rerender(<StacView document={document} scope={{ ...scope, items }} registry={registry} />));
    expect([...renders.keys()]).toEqual(['ui.children[1].child.children[2]']);
    expect(screen.getAllByText('Low stock')).toHaveLength(Math.ceil(cards / 7) + 1);
  });
});
