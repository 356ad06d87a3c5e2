import { StrictMode, useState } from 'react';
import userEvent from '@testing-library/user-event';
import { act, render, screen } from '@testing-library/react';
import { StacView } from '../../src/renderer/StacView';
import { createWidgetRegistry } from '../../src/renderer/registry';
import type { StacRenderProblem, StacWidgetProps } from '../../src/renderer/contract';
import { hookFreeWidget } from '../../src/renderer/hookFreeWidgets';
import { TestColumn, TestText, Explode, ThemeProbe } from './testWidgets';

const registry = createWidgetRegistry(
  { column: TestColumn, text: TestText, explode: Explode, themeProbe: ThemeProbe },
  {},
);

function column(...children: unknown[]) {
  return { type: 'column', children };
}

beforeEach(() => {
  // React logs caught render errors; the assertions below check what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('StacView renders a document through the registry', () => {
  it('binds <<...>> and {{...}} templates against the scope', () => {
    const document = column(
      { type: 'text', data: 'Asset: <<asset.name>>' },
      { type: 'text', data: 'Hello {{user.name}}' },
    );
    render(
      <StacView
        document={document}
        registry={registry}
        scope={{ asset: { name: 'Drill' }, user: { name: 'Ana' } }}
      />,
    );
    expect(screen.getByText('Asset: Drill')).toBeInTheDocument();
    expect(screen.getByText('Hello Ana')).toBeInTheDocument();
  });

  it('accepts the document as a JSON object straight from a plugin record', () => {
    const json = JSON.parse('{"type":"column","children":[{"type":"text","data":"from JSON"}]}') as unknown;
    render(<StacView document={json} registry={registry} />);
    expect(screen.getByText('from JSON')).toBeInTheDocument();
  });

  it('lets a host override a widget type', () => {
    const shouting = createWidgetRegistry(
      { text: ({ node }) => <b>{String(node.data).toUpperCase()}</b> },
      registry,
    );
    render(<StacView document={{ type: 'text', data: 'quiet' }} registry={shouting} />);
    expect(screen.getByText('QUIET').tagName).toBe('B');
  });

  it('never looks widget types up on Object.prototype', () => {
    const onProblem = vi.fn();
    render(
      <StacView
        document={column({ type: 'constructor' }, { type: 'text', data: 'still here' })}
        registry={registry}
        mode="preview"
        onProblem={onProblem}
      />,
    );
    expect(screen.getByText('still here')).toBeInTheDocument();
    expect(screen.getByText(/Unknown widget "constructor"/)).toBeInTheDocument();
  });
});

describe('unknown and invalid nodes', () => {
  const document = column(
    { type: 'text', data: 'before' },
    { type: 'fancyWidget', size: 3 },
    { type: 'text', data: 'after' },
  );

  it('preview mode shows a compact fallback naming the unknown widget, siblings intact', () => {
    render(<StacView document={document} registry={registry} mode="preview" />);
    expect(screen.getByText('Unknown widget "fancyWidget"')).toBeInTheDocument();
    expect(screen.getByText('before')).toBeInTheDocument();
    expect(screen.getByText('after')).toBeInTheDocument();
  });

  it('a vocabulary widget the host registry leaves out is named as unavailable, not unknown', () => {
    render(
      <StacView
        document={column({ type: 'webView', url: 'https://example.com' })}
        registry={registry}
        mode="preview"
      />,
    );
    expect(screen.getByText('Widget "webView" is not available in this app')).toBeInTheDocument();
  });

  it('production mode skips the node and reports it with its path', () => {
    const problems: StacRenderProblem[] = [];
    render(<StacView document={document} registry={registry} onProblem={(p) => problems.push(p)} />);
    expect(screen.queryByText(/fancyWidget/)).not.toBeInTheDocument();
    expect(screen.getByText('before')).toBeInTheDocument();
    expect(screen.getByText('after')).toBeInTheDocument();
    const unknown = problems.filter((p) => p.code === 'unknown_widget');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ path: 'ui.children[1]', widgetType: 'fancyWidget' });
  });

  it('reports each problem once, also under StrictMode double effects', () => {
    const onProblem = vi.fn();
    render(
      <StrictMode>
        <StacView document={document} registry={registry} onProblem={onProblem} />
      </StrictMode>,
    );
    expect(
      onProblem.mock.calls.filter(([p]) => (p as StacRenderProblem).code === 'unknown_widget'),
    ).toHaveLength(1);
  });

  it('shows the issue message of a node the schema rejected', () => {
    const problems: StacRenderProblem[] = [];
    const bad = column({ type: 'text', data: 'ok' }, { type: 'text' });
    render(
      <StacView document={bad} registry={registry} mode="preview" onProblem={(p) => problems.push(p)} />,
    );
    const invalid = problems.find((p) => p.code === 'invalid_node');
    expect(invalid).toBeDefined();
    expect(invalid?.path).toContain('ui.children[1]');
    expect(screen.getByText(invalid!.message)).toBeInTheDocument();
    expect(screen.getByText('ok')).toBeInTheDocument();
  });
});

describe('error isolation', () => {
  const document = column(
    { type: 'text', data: 'left' },
    { type: 'explode', label: 'the middle' },
    { type: 'text', data: 'right' },
  );

  it('a throwing widget never blanks its siblings; preview shows why', () => {
    const problems: StacRenderProblem[] = [];
    render(
      <StacView document={document} registry={registry} mode="preview" onProblem={(p) => problems.push(p)} />,
    );
    expect(screen.getByText('left')).toBeInTheDocument();
    expect(screen.getByText('right')).toBeInTheDocument();
    expect(screen.getByText(/Widget "explode" failed: boom from the middle/)).toBeInTheDocument();
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'render_error', path: 'ui.children[1]', widgetType: 'explode' }),
    );
  });

  it('a widget called in its node view (hook-free, as the built-in text) that throws fails alone', () => {
    // Called as a function by the node view rather than rendered as an element of its own: its error must
    // still stop at its own node, and show and report as any widget's does.
    const explodeInline = hookFreeWidget((props: StacWidgetProps) => Explode(props));
    const inline = createWidgetRegistry({ explode: explodeInline }, registry);
    const problems: StacRenderProblem[] = [];
    render(
      <StacView
        document={column(document.children[0], { type: 'explode', label: '<<spot>>' }, document.children[2])}
        registry={inline}
        scope={{ spot: 'the bound middle' }}
        mode="preview"
        onProblem={(p) => problems.push(p)}
      />,
    );
    expect(screen.getByText('left')).toBeInTheDocument();
    expect(screen.getByText('right')).toBeInTheDocument();
    expect(screen.getByText(/Widget "explode" failed: boom from the bound middle/)).toBeInTheDocument();
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'render_error', path: 'ui.children[1]', widgetType: 'explode' }),
    );
  });

  it('production mode renders nothing for the failed node but keeps the rest', () => {
    const { container } = render(<StacView document={document} registry={registry} />);
    expect(screen.getByText('left')).toBeInTheDocument();
    expect(screen.getByText('right')).toBeInTheDocument();
    expect(container.textContent).not.toContain('boom');
  });

  it('a node that threw on missing data renders once the host scope supplies it', () => {
    function NeedsAsset({ node }: StacWidgetProps) {
      if (node.data === '') throw new Error('no asset yet');
      return <span>{String(node.data)}</span>;
    }
    const withStrict = createWidgetRegistry({ needsAsset: NeedsAsset }, registry);
    const document = { type: 'needsAsset', data: '{{asset.name}}' };
    const { rerender } = render(
      <StacView document={document} registry={withStrict} mode="preview" scope={{}} />,
    );
    expect(screen.getByText(/no asset yet/)).toBeInTheDocument();
    act(() => {
      rerender(
        <StacView
          document={document}
          registry={withStrict}
          mode="preview"
          scope={{ asset: { name: 'Drill' } }}
        />,
      );
    });
    expect(screen.getByText('Drill')).toBeInTheDocument();
    expect(screen.queryByText(/no asset yet/)).not.toBeInTheDocument();
  });

  it('a widget keeps its state while a problem of its binding comes and goes', async () => {
    function Counter({ node }: StacWidgetProps) {
      const [count, setCount] = useState(0);
      return (
        <button type="button" onClick={() => setCount(count + 1)}>
          {`${String(node.label)}: ${count}`}
        </button>
      );
    }
    const withCounter = createWidgetRegistry({ counter: Counter }, registry);
    const document = { type: 'counter', label: '<<asset.name>>' };
    const problems: StacRenderProblem[] = [];
    const view = (scope: Record<string, unknown>) => (
      <StacView
        document={document}
        registry={withCounter}
        mode="preview"
        scope={scope}
        onProblem={(problem) => problems.push(problem)}
      />
    );
    const { rerender } = render(view({ asset: { name: 'Drill' } }));
    await userEvent.click(screen.getByRole('button'));
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('Drill: 2');
    act(() => rerender(view({ asset: {} })));
    expect(problems.map((problem) => problem.code)).toEqual(['unbound_path']);
    expect(screen.getByRole('button')).toHaveTextContent(': 2');
    act(() => rerender(view({ asset: { name: 'Saw' } })));
    expect(screen.getByRole('button')).toHaveTextContent('Saw: 2');
  });

  it('one broken plugin does not break the page around it', () => {
    render(
      <main>
        <StacView document={{ type: 'explode' }} registry={registry} />
        <p>host content</p>
        <StacView document={{ type: 'text', data: 'other plugin' }} registry={registry} />
      </main>,
    );
    expect(screen.getByText('host content')).toBeInTheDocument();
    expect(screen.getByText('other plugin')).toBeInTheDocument();
  });
});

describe('documents that cannot be parsed at all', () => {
  const cases: [string, unknown][] = [
    ['a number', 42],
    ['a string', 'not a widget'],
    ['an array', [{ type: 'text', data: 'x' }]],
  ];
  it.each(cases)('%s: preview shows an error panel and reports', (_label, document) => {
    const onProblem = vi.fn();
    render(<StacView document={document} registry={registry} mode="preview" onProblem={onProblem} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This plugin view cannot be shown.');
    expect(onProblem).toHaveBeenCalled();
  });
  it.each(cases)('%s: production renders nothing and reports', (_label, document) => {
    const onProblem = vi.fn();
    const { container } = render(<StacView document={document} registry={registry} onProblem={onProblem} />);
    expect(container.textContent).toBe('');
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid_node' }));
  });
  it('refuses a document over the node limit', () => {
    const big = column(...Array.from({ length: 50 }, (_, i) => ({ type: 'text', data: `n${i}` })));
    const onProblem = vi.fn();
    render(
      <StacView
        document={big}
        registry={registry}
        mode="preview"
        limits={{ maxNodes: 10 }}
        onProblem={onProblem}
      />,
    );
    expect(screen.queryByText('n0')).not.toBeInTheDocument();
    expect(onProblem).toHaveBeenCalled();
  });
});

describe('theme', () => {
  it('draws a built-in theme from one shared stylesheet, not from variables inline on every view', () => {
    const { container } = render(
      <>
        <StacView document={{ type: 'themeProbe' }} registry={registry} theme="dark" />
        <StacView document={{ type: 'text', data: 'second' }} theme="dark" />
      </>,
    );
    const roots = container.querySelectorAll<HTMLElement>('.stac-view');
    for (const root of roots) {
      expect(root.dataset.stacTheme).toBe('dark');
      expect(root.style.getPropertyValue('--stac-color-primary')).toBe('');
    }
    const sheets = [...document.querySelectorAll('style')].filter((sheet) =>
      sheet.textContent?.includes('[data-stac-theme="dark"]'),
    );
    expect(sheets).toHaveLength(1);
    expect(sheets[0].textContent).toMatch(
      /\[data-stac-theme="dark"\]\{[^}]*--stac-color-primary:#D0BCFF;[^}]*color-scheme:dark;/,
    );
    expect(screen.getByTestId('theme-probe')).toHaveTextContent('dark');
  });
  it('tells the widgets that read the theme when the host changes it', () => {
    const { rerender } = render(
      <StacView document={{ type: 'themeProbe' }} registry={registry} theme="light" />,
    );
    expect(screen.getByTestId('theme-probe')).toHaveTextContent('light');
    rerender(<StacView document={{ type: 'themeProbe' }} registry={registry} theme="dark" />);
    expect(screen.getByTestId('theme-probe')).toHaveTextContent('dark');
    rerender(
      <StacView
        document={{ type: 'themeProbe' }}
        registry={registry}
        theme={{ brightness: 'light', colors: {} }}
      />,
    );
    expect(screen.getByTestId('theme-probe')).toHaveTextContent('light');
  });
  it('accepts a custom theme object over the light baseline', () => {
    const { container } = render(
      <StacView
        document={{ type: 'themeProbe' }}
        registry={registry}
        theme={{ brightness: 'light', colors: { primary: '#FF0000' } }}
      />,
    );
    const root = container.querySelector('.stac-view') as HTMLElement;
    expect(root.style.getPropertyValue('--stac-color-primary').replace(/\s/g, '')).toBe('rgba(255,0,0,1)');
    expect(screen.getByTestId('theme-probe')).toHaveTextContent('light');
  });
});
