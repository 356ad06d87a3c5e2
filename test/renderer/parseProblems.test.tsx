/**
 * What the lenient parser dropped or flagged reaches the host through onProblem: a button whose malformed
 * action was dropped must not fail silently in production.
 */
import { StrictMode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StacView } from '../../src/renderer/StacView';
import { renderStacToString } from '../../src/renderer/ssr';
import { createWidgetRegistry } from '../../src/renderer/registry';
import type { StacRenderProblem } from '../../src/renderer/contract';
import { z } from 'zod';
import { createActionRegistry, defineMethod } from '../../src/actions';
import { TestButton, TestColumn, TestText } from './testWidgets';

const registry = createWidgetRegistry({ column: TestColumn, text: TestText, elevatedButton: TestButton }, {});

/** A Save button whose navigate action has a number where a route name belongs. */
const brokenButton = {
  type: 'column',
  children: [
    {
      type: 'elevatedButton',
      onPressed: { actionType: 'navigate', routeName: 5 },
      child: { type: 'text', data: 'Save' },
    },
    { type: 'elevatedButton', onPressed: { actionType: 'teleport' }, child: { type: 'text', data: 'Go' } },
  ],
};

function collect() {
  const problems: StacRenderProblem[] = [];
  return { problems, onProblem: (problem: StacRenderProblem) => problems.push(problem) };
}

describe('parse problems reach the host', () => {
  it('a dropped malformed action is reported once in production, with its JSON path and message', async () => {
    const { problems, onProblem } = collect();
    const onActionError = vi.fn();
    render(
      <StrictMode>
        <StacView
          document={brokenButton}
          registry={registry}
          onProblem={onProblem}
          onActionError={onActionError}
        />
      </StrictMode>,
    );
    // The user sees a working-looking button that does nothing when pressed...
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onActionError).not.toHaveBeenCalled();
    // ...and the host learns why, exactly once.
    const reports = problems.filter((p) => p.path === 'ui.children[0].onPressed.routeName');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ code: 'invalid_node', issueCode: 'invalid_value', severity: 'error' });
    expect(reports[0].message).toMatch(/expected a string/);
    // The unknown `teleport` action is only a warning: production hosts are not bothered with it.
    expect(problems.filter((p) => p.severity === 'warning' || p.code === 'document_warning')).toEqual([]);
  });

  it('preview mode also reports warnings, marked as such, each once', () => {
    const { problems, onProblem } = collect();
    const withProtoKey = {
      type: 'column',
      children: [...brokenButton.children, JSON.parse('{"type": "text", "data": "Odd", "__proto__": {}}')],
    };
    render(
      <StrictMode>
        <StacView document={withProtoKey} registry={registry} mode="preview" onProblem={onProblem} />
      </StrictMode>,
    );
    const warnings = problems.filter((p) => p.code === 'document_warning');
    expect(warnings.map((p) => [p.path, p.issueCode, p.severity])).toEqual(
      expect.arrayContaining([
        ['ui.children[1].onPressed.actionType', 'unknown_action', 'warning'],
        ['ui.children[2].__proto__', 'unknown_property', 'warning'],
      ]),
    );
    expect(new Set(warnings.map((p) => p.path)).size).toBe(warnings.length);
    expect(problems.filter((p) => p.path === 'ui.children[0].onPressed.routeName')).toHaveLength(1);
  });

  it('an invalid node is reported once, naming its widget type, not again by the parse report', () => {
    const { problems, onProblem } = collect();
    render(
      <StacView
        document={{ type: 'column', children: [{ type: 'text', data: 'ok' }, { type: 'text' }] }}
        registry={registry}
        onProblem={onProblem}
      />,
    );
    const invalid = problems.filter((p) => p.code === 'invalid_node');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({
      path: 'ui.children[1].data',
      widgetType: 'text',
      issueCode: 'missing_required',
    });
    expect(screen.getByText('ok')).toBeInTheDocument();
  });

  it('an unknown widget is reported by its node only, even in preview', () => {
    const { problems, onProblem } = collect();
    render(
      <StacView
        document={{ type: 'column', children: [{ type: 'hologram' }] }}
        registry={registry}
        mode="preview"
        onProblem={onProblem}
      />,
    );
    expect(problems.map((p) => p.code)).toEqual(['unknown_widget']);
  });

  it('each view validates with its own methods and limits, whatever the view before it passed', () => {
    // One document object under several hosts' tables one after the other, each differing from the one
    // before in one table: a view must never get the previous view's parse options (a host's own method taken
    // as known, or refused; a limit that is not its own).
    const document = {
      type: 'column',
      children: [
        { type: 'badge' },
        { type: 'elevatedButton', onPressed: { method: 'addToCart' }, child: { type: 'text', data: 'Add' } },
      ],
    };
    const withBadge = createWidgetRegistry({ badge: () => <i>badge</i> }, registry);
    const cart = createActionRegistry({
      methods: [defineMethod('addToCart', z.object({}), () => undefined)],
    });
    const fewNodes = { maxNodes: 2 };
    const reportsOf = (view: {
      registry: typeof registry;
      actions?: typeof cart;
      limits?: typeof fewNodes;
    }) => {
      const { problems, onProblem } = collect();
      const { unmount } = render(
        <StacView document={document} mode="preview" onProblem={onProblem} {...view} />,
      );
      unmount();
      return problems.map((problem) => `${problem.code} ${problem.path}`).sort();
    };
    const methodUnknown = 'document_warning ui.children[1].onPressed.method';
    expect(reportsOf({ registry: withBadge, actions: cart })).toEqual([]);
    expect(reportsOf({ registry: withBadge })).toEqual([methodUnknown]);
    expect(reportsOf({ registry: withBadge, actions: cart })).toEqual([]);
    expect(reportsOf({ registry: withBadge, actions: cart, limits: fewNodes })).toEqual([
      'invalid_node ui.children[1]',
    ]);
    expect(reportsOf({ registry: withBadge, actions: cart })).toEqual([]);
    expect(reportsOf({ registry, actions: cart })).toEqual(['unknown_widget ui.children[0]']);
  });

  it('server rendering reports the same parse errors', () => {
    const { problems, onProblem } = collect();
    const html = renderStacToString(brokenButton, { registry, onProblem });
    expect(html).toContain('Save');
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'invalid_node', path: 'ui.children[0].onPressed.routeName' }),
    );
    expect(problems.filter((p) => p.code === 'document_warning')).toEqual([]);
  });

  it('a document with hundreds of warnings reports 100 and says how many more there are', () => {
    const { problems, onProblem } = collect();
    const noisy = {
      type: 'column',
      children: [
        { type: 'text', data: 'Noisy' },
        ...Array.from({ length: 130 }, (_, i) => ({
          type: 'elevatedButton',
          onPressed: { actionType: `teleport${i}` },
          child: { type: 'text', data: `Go ${i}` },
        })),
      ],
    };
    render(<StacView document={noisy} registry={registry} mode="preview" onProblem={onProblem} />);
    expect(screen.getByText('Noisy')).toBeInTheDocument();
    const warnings = problems.filter((p) => p.code === 'document_warning');
    expect(warnings).toHaveLength(101);
    expect(warnings[100].message).toMatch(/^30 more issues were not reported/);
  });

  it('switching a view to preview adds the warnings without repeating the errors', () => {
    const { problems, onProblem } = collect();
    const { rerender } = render(
      <StacView document={brokenButton} registry={registry} onProblem={onProblem} />,
    );
    expect(problems.filter((p) => p.code === 'document_warning')).toEqual([]);
    rerender(<StacView document={brokenButton} registry={registry} mode="preview" onProblem={onProblem} />);
    expect(problems.filter((p) => p.code === 'document_warning').length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.path === 'ui.children[0].onPressed.routeName')).toHaveLength(1);
  });
});
