/**
 * Props a host passes inline (a registry, action registry, services or helpers rebuilt on every render)
 * must not cost the page: no re-render of every node, no refetch of every data widget.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StacView } from '../../src/renderer/StacView';
import { createWidgetRegistry, defaultWidgetRegistry } from '../../src/renderer/registry';
import { createHelperRegistry } from '../../src/renderer/template';
import { createActionRegistry } from '../../src/actions';
import type { StacWidgetProps } from '../../src/renderer/contract';
import type { HostServices } from '../../src/actions/types';
import { TestButton, TestColumn } from './testWidgets';

let textRenders = 0;
function CountingText({ node }: StacWidgetProps) {
  textRenders += 1;
  return <span>{String(node.data ?? '')}</span>;
}
function LoudText({ node }: StacWidgetProps) {
  return <strong>{String(node.data ?? '').toUpperCase()}</strong>;
}

const document = {
  type: 'column',
  children: [
    { type: 'text', data: 'Hello {{asset.name}}' },
    { type: 'text', data: 'Static' },
    {
      type: 'elevatedButton',
      onPressed: { actionType: 'showSnackBar', content: { type: 'text', data: 'Saved' } },
      child: { type: 'text', data: 'Save' },
    },
  ],
};
const scope = { asset: { name: 'Drill' } };

beforeEach(() => {
  textRenders = 0;
});

describe('host props rebuilt on every render', () => {
  it('a registry rebuilt with the same components re-renders no node; another component does', () => {
    const build = (text = CountingText) =>
      createWidgetRegistry({ column: TestColumn, text, elevatedButton: TestButton }, {});
    const { rerender } = render(<StacView document={document} registry={build()} scope={scope} />);
    expect(screen.getByText('Hello Drill')).toBeInTheDocument();
    textRenders = 0;
    act(() => rerender(<StacView document={document} registry={build()} scope={scope} />));
    expect(textRenders).toBe(0);
    act(() => rerender(<StacView document={document} registry={build(LoudText)} scope={scope} />));
    expect(screen.getByText('HELLO DRILL')).toBeInTheDocument();
  });

  it('helpers rebuilt with the same functions re-render no node', () => {
    const registry = createWidgetRegistry({ column: TestColumn, text: CountingText }, {});
    const shout = (args: readonly unknown[]) => String(args[0]).toUpperCase();
    const doc = { type: 'column', children: [{ type: 'text', data: '{{shout asset.name}}' }] };
    const { rerender } = render(
      <StacView document={doc} registry={registry} scope={scope} helpers={createHelperRegistry({ shout })} />,
    );
    expect(screen.getByText('DRILL')).toBeInTheDocument();
    textRenders = 0;
    act(() =>
      rerender(
        <StacView
          document={doc}
          registry={registry}
          scope={scope}
          helpers={createHelperRegistry({ shout })}
        />,
      ),
    );
    expect(textRenders).toBe(0);
  });

  it('a data widget fetches once although actions and services are new objects on each render', async () => {
    const fetched: string[] = [];
    const services = (): Partial<HostServices> => ({
      fetch: async (input) => {
        fetched.push(String(input));
        return new Response(JSON.stringify({ title: 'Loaded title' }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });
    const actions = () =>
      createActionRegistry({ urlPolicy: { origin: 'https://app.example', requestOrigins: [] } });
    const doc = {
      type: 'dynamicView',
      request: { url: 'https://app.example/api/title', method: 'get' },
      template: { type: 'text', data: '{{title}}' },
    };
    const view = (document: typeof doc = doc) => (
      <StacView
        document={document}
        registry={defaultWidgetRegistry}
        actions={actions()}
        services={services()}
      />
    );
    const { rerender } = render(view());
    expect(await screen.findByText('Loaded title')).toBeInTheDocument();
    for (let i = 0; i < 3; i += 1) act(() => rerender(view()));
    expect(screen.getByText('Loaded title')).toBeInTheDocument();
    // A refetch the rerenders started would be sent before the request of a document that really changed:
    // waiting for that one is the condition that proves no other was sent in between.
    const other = { ...doc, request: { url: 'https://app.example/api/other', method: 'get' } };
    act(() => rerender(view(other)));
    await waitFor(() => expect(fetched).toContain('https://app.example/api/other'));
    expect(fetched).toEqual(['https://app.example/api/title', 'https://app.example/api/other']);
  });

  it('an action uses the services of the latest render', async () => {
    const registry = createWidgetRegistry(
      { column: TestColumn, text: CountingText, elevatedButton: TestButton },
      {},
    );
    const shown: string[] = [];
    const servicesNamed = (name: string): Partial<HostServices> => ({
      showSnackBar: (snackBar) => {
        shown.push(`${name}: ${JSON.stringify(snackBar).includes('Saved') ? 'Saved' : '?'}`);
      },
    });
    const { rerender } = render(
      <StacView document={document} registry={registry} scope={scope} services={servicesNamed('first')} />,
    );
    textRenders = 0;
    act(() =>
      rerender(
        <StacView document={document} registry={registry} scope={scope} services={servicesNamed('second')} />,
      ),
    );
    expect(textRenders).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(shown).toEqual(['second: Saved']), { timeout: 15_000 });
  });
});

describe('a widget rendered outside a StacView', () => {
  it('fails with a message that says how to render it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => render(<TestButton node={{ type: 'elevatedButton' }} path="ui" />)).toThrow(
        /`useStacDispatch` must be used within `StacView`: register the component in a widget registry \(createWidgetRegistry\)/,
      );
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('documents as the plugin API returns them', () => {
  const registry = createWidgetRegistry({ column: TestColumn, text: CountingText }, {});
  const ui = { type: 'text', data: 'Hello {{asset.name}}' };

  it.each([
    ['a ui still wrapped by the backend', { ui: { ui } }],
    ['a whole plugin record', { id: 7, name: 'Greeter', version: '1.0.0', ui }],
  ])('%s renders as its ui, without a problem', (_label, input) => {
    const onProblem = vi.fn();
    render(<StacView document={input} registry={registry} scope={scope} onProblem={onProblem} />);
    expect(screen.getByText('Hello Drill')).toBeInTheDocument();
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('an object that is neither a widget nor a wrapper is still reported', () => {
    const onProblem = vi.fn();
    render(<StacView document={{ title: 'no ui here' }} registry={registry} onProblem={onProblem} />);
    expect(onProblem).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid_node', path: 'ui.type' }),
    );
  });
});
