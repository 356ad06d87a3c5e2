import { act, render, screen } from '@testing-library/react';
import { StacView } from '../../src/renderer/StacView';
import { createWidgetRegistry } from '../../src/renderer/registry';
import type { StacScope, StacWidgetProps } from '../../src/renderer/contract';
import { TestColumn } from './testWidgets';
import { StrictMode } from 'react';
import { useScopeStore } from '../../src/renderer/StacRendererContext';
import type { ScopeStore } from '../../src/renderer/scopeStore';

let probedStore: ScopeStore | null = null;
function StoreProbe() {
  probedStore = useScopeStore('StoreProbe');
  return null;
}

const renders = new Map<string, number>();

function CountingText({ node, path }: StacWidgetProps) {
  renders.set(path, (renders.get(path) ?? 0) + 1);
  return <span data-path={path}>{String(node.data ?? '')}</span>;
}

const registry = createWidgetRegistry({ column: TestColumn, text: CountingText, storeProbe: StoreProbe }, {});

function totalRenders(): number {
  let total = 0;
  for (const count of renders.values()) total += count;
  return total;
}

/** 1,000 text nodes in 10 columns; one reads asset.name, one reads user.name, the rest are static. */
function bigDocument() {
  const columns = Array.from({ length: 10 }, (_, c) => ({
    type: 'column',
    children: Array.from({ length: 100 }, (_, i) => {
      const n = c * 100 + i;
      if (n === 517) return { type: 'text', data: 'Name: <<asset.name>>' };
      if (n === 42) return { type: 'text', data: 'User: {{user.name}}' };
      return { type: 'text', data: `static ${n}` };
    }),
  }));
  return { type: 'column', children: columns };
}

const ASSET_NODE = 'ui.children[5].children[17]';
const USER_NODE = 'ui.children[0].children[42]';

describe('fine-grained scope updates', () => {
  beforeEach(() => renders.clear());

  it('changing asset.name in a 1,000-node document re-renders only the node that reads it', () => {
    const document = bigDocument();
    const user = { name: 'Ana' };
    const scope: StacScope = { asset: { id: 7, name: 'Drill' }, user };
    const { rerender } = render(<StacView document={document} registry={registry} scope={scope} />);
    expect(renders.size).toBe(1000);
    expect(totalRenders()).toBe(1000);
    expect(screen.getByText('Name: Drill')).toBeInTheDocument();

    renders.clear();
    act(() => {
      rerender(
        <StacView document={document} registry={registry} scope={{ asset: { id: 7, name: 'Saw' }, user }} />,
      );
    });

    expect(screen.getByText('Name: Saw')).toBeInTheDocument();
    expect([...renders.keys()]).toEqual([ASSET_NODE]);
    expect(renders.get(ASSET_NODE)).toBe(1);
  });

  it('a new scope object with equal values re-renders nothing', () => {
    const document = bigDocument();
    const { rerender } = render(
      <StacView
        document={document}
        registry={registry}
        scope={{ asset: { name: 'Drill' }, user: { name: 'Ana' } }}
      />,
    );
    renders.clear();
    act(() => {
      rerender(
        <StacView
          document={document}
          registry={registry}
          scope={{ asset: { name: 'Drill' }, user: { name: 'Ana' } }}
        />,
      );
    });
    expect(totalRenders()).toBe(0);
  });

  it('a change to a key nobody reads re-renders nothing; a replaced parent object re-renders its readers', () => {
    const document = bigDocument();
    const asset = { name: 'Drill' };
    const { rerender } = render(
      <StacView document={document} registry={registry} scope={{ asset, user: { name: 'Ana' } }} />,
    );
    renders.clear();
    act(() => {
      rerender(
        <StacView
          document={document}
          registry={registry}
          scope={{ asset, user: { name: 'Ana' }, slot: 'asset_detail' }}
        />,
      );
    });
    expect(totalRenders()).toBe(0);
    act(() => {
      rerender(
        <StacView
          document={document}
          registry={registry}
          scope={{ asset, user: { name: 'Bea' }, slot: 'asset_detail' }}
        />,
      );
    });
    expect([...renders.keys()]).toEqual([USER_NODE]);
    expect(screen.getByText('User: Bea')).toBeInTheDocument();
  });

  it('inline host callbacks do not re-render the tree', () => {
    const document = bigDocument();
    const scope = { asset: { name: 'Drill' } };
    const { rerender } = render(
      <StacView document={document} registry={registry} scope={scope} onProblem={() => undefined} />,
    );
    renders.clear();
    act(() => {
      rerender(
        <StacView
          document={document}
          registry={registry}
          scope={scope}
          onProblem={() => undefined}
          onActionError={() => undefined}
        />,
      );
    });
    expect(totalRenders()).toBe(0);
  });

  it('a node whose template reads a missing value updates when the value arrives', () => {
    const document = { type: 'text', data: 'Qty: {{asset.quantity}}' };
    const { rerender } = render(<StacView document={document} registry={registry} scope={{ asset: {} }} />);
    expect(screen.getByText('Qty:', { exact: false })).toHaveTextContent('Qty:');
    act(() => {
      rerender(<StacView document={document} registry={registry} scope={{ asset: { quantity: 4 } }} />);
    });
    expect(screen.getByText('Qty: 4')).toBeInTheDocument();
  });

  it('only nodes with templates subscribe to the scope', () => {
    const document = bigDocument();
    (document.children as unknown[]).push({ type: 'storeProbe' });
    render(
      <StacView
        document={document}
        registry={registry}
        scope={{ asset: { name: 'Drill' }, user: { name: 'Ana' } }}
      />,
    );
    expect(probedStore?.watcherCount()).toBe(2);
  });

  it('a node that loses its template, or leaves the view, stops watching the scope', () => {
    const scope = { asset: { name: 'Drill' } };
    const bound = {
      type: 'column',
      children: [{ type: 'text', data: '<<asset.name>>' }, { type: 'storeProbe' }],
    };
    const { rerender, unmount } = render(<StacView document={bound} registry={registry} scope={scope} />);
    expect(screen.getByText('Drill')).toBeInTheDocument();
    const firstStore = probedStore;
    expect(firstStore?.watcherCount()).toBe(1);
    // The same place made static (an author's edit in the live preview): the new document has its own
    // store, and the text no longer watches the old one either.
    const edited = { ...bound, children: [{ type: 'text', data: 'Fixed' }, bound.children[1]] };
    rerender(<StacView document={edited} registry={registry} scope={scope} />);
    expect(screen.getByText('Fixed')).toBeInTheDocument();
    expect(firstStore?.watcherCount()).toBe(0);
    expect(probedStore?.watcherCount()).toBe(0);
    rerender(<StacView document={bound} registry={registry} scope={scope} />);
    const lastStore = probedStore;
    expect(lastStore?.watcherCount()).toBe(1);
    unmount();
    expect(lastStore?.watcherCount()).toBe(0);
  });

  it('updates survive StrictMode double effects', () => {
    const document = bigDocument();
    const { rerender } = render(
      <StrictMode>
        <StacView document={document} registry={registry} scope={{ asset: { name: 'Drill' } }} />
      </StrictMode>,
    );
    act(() => {
      rerender(
        <StrictMode>
          <StacView document={document} registry={registry} scope={{ asset: { name: 'Saw' } }} />
        </StrictMode>,
      );
    });
    expect(screen.getByText('Name: Saw')).toBeInTheDocument();
  });
});
