import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StacView } from '../../src/renderer/StacView';
import { createWidgetRegistry } from '../../src/renderer/registry';
import type { ActionErrorEvent } from '../../src/actions/types';
import type { StacWidgetProps } from '../../src/renderer/contract';
import { useStacDispatch } from '../../src/renderer/useStacDispatch';
import { TestButton, TestColumn, TestText } from './testWidgets';

const registry = createWidgetRegistry({ column: TestColumn, text: TestText, elevatedButton: TestButton }, {});

function button(label: string, onPressed: unknown) {
  return { type: 'elevatedButton', child: { type: 'text', data: label }, onPressed };
}

describe('useStacDispatch runs actions with the scope and host services', () => {
  it('binds params against the scope and calls the host service (Invenicum showAlert)', async () => {
    const notify = vi.fn();
    const onDispatch = vi.fn();
    const document = button('Alert', {
      actionType: 'invenicum_sdk',
      method: 'showAlert',
      params: { message: 'Checking <<asset.name>>' },
    });
    render(
      <StacView
        document={document}
        registry={registry}
        scope={{ asset: { name: 'Drill' } }}
        services={{ notify }}
        onDispatch={onDispatch}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Alert' }));
    await waitFor(() => expect(notify).toHaveBeenCalledWith('Checking Drill', expect.anything()));
    expect(onDispatch).toHaveBeenCalledWith(
      expect.objectContaining({ method: 'showAlert', path: 'ui.onPressed' }),
    );
  });

  it('the short {method, params} form works too', async () => {
    const notify = vi.fn();
    render(
      <StacView
        document={button('Hi', { method: 'showAlert', params: { message: 'hi {{user.name}}' } })}
        registry={registry}
        scope={{ user: { name: 'Ana' } }}
        services={{ notify }}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Hi' }));
    await waitFor(() => expect(notify).toHaveBeenCalledWith('hi Ana', expect.anything()));
  });

  it('an unknown action goes to onActionError and, in preview, shows a notice; the view keeps working', async () => {
    const errors: ActionErrorEvent[] = [];
    const document = {
      type: 'column',
      children: [button('Go', { actionType: 'teleport' }), { type: 'text', data: 'still here' }],
    };
    render(
      <StacView
        document={document}
        registry={registry}
        mode="preview"
        onActionError={(e) => errors.push(e)}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ code: 'unknown_action', path: 'ui.children[0].onPressed' });
    expect(screen.getByRole('status', { name: 'Action problems' })).toHaveTextContent('Action failed:');
    expect(screen.getByText('still here')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss action notice' }));
    expect(screen.queryByRole('status', { name: 'Action problems' })).not.toBeInTheDocument();
  });

  it('in preview, an action that fails on an in-place page shows its notice beside the page', async () => {
    const user = userEvent.setup();
    const document = {
      type: 'column',
      children: [
        { type: 'text', data: 'Home' },
        button('Open', {
          actionType: 'navigate',
          navigationStyle: 'push',
          widgetJson: button('Go', { actionType: 'teleport' }),
        }),
      ],
    };
    render(<StacView document={document} registry={registry} mode="preview" />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByRole('region', { name: 'Plugin page' });
    await user.click(screen.getByRole('button', { name: 'Go' }));
    const notices = await screen.findByRole('status', { name: 'Action problems' });
    // The document is hidden under the page; the author still reads why the page's button did nothing.
    expect(screen.getByText('Home')).not.toBeVisible();
    expect(notices).toBeVisible();
    expect(notices).toHaveTextContent('Action failed:');
    await user.click(screen.getByRole('button', { name: 'Dismiss action notice' }));
    expect(screen.queryByRole('status', { name: 'Action problems' })).not.toBeInTheDocument();
  });

  it('production mode shows no notice but still reports', async () => {
    const onActionError = vi.fn();
    const onProblem = vi.fn();
    render(
      <StacView
        document={button('Go', { actionType: 'teleport' })}
        registry={registry}
        onActionError={onActionError}
        onProblem={onProblem}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(onActionError).toHaveBeenCalledTimes(1));
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ code: 'action_error' }));
    expect(screen.queryByRole('status', { name: 'Action problems' })).not.toBeInTheDocument();
  });

  it('a host service that throws never reaches React', async () => {
    const onActionError = vi.fn();
    const notify = () => {
      throw new Error('host toast broke');
    };
    render(
      <StacView
        document={button('Alert', { method: 'showAlert', params: { message: 'x' } })}
        registry={registry}
        services={{ notify }}
        onActionError={onActionError}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Alert' }));
    await waitFor(() => expect(onActionError).toHaveBeenCalled());
    expect(onActionError.mock.calls[0][0].message).toContain('host toast broke');
    expect(screen.getByRole('button', { name: 'Alert' })).toBeInTheDocument();
  });

  it('without host services a snack bar shows in the view (overlay host defaults)', async () => {
    const document = button('Snack', {
      actionType: 'showSnackBar',
      content: { type: 'text', data: 'Saved <<asset.name>>' },
    });
    render(<StacView document={document} registry={registry} scope={{ asset: { name: 'Drill' } }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Snack' }));
    expect(await screen.findByText('Saved Drill')).toBeInTheDocument();
  });

  it('extra scope from the event (an onChanged value) is visible to the action only', async () => {
    function Chooser({ node, path }: StacWidgetProps) {
      const dispatch = useStacDispatch();
      return (
        <button
          type="button"
          onClick={() => dispatch(node.onChanged, `${path}.onChanged`, { scope: { value: 'blue' } })}
        >
          Choose
        </button>
      );
    }
    const withChooser = createWidgetRegistry({ chooser: Chooser }, registry);
    const document = {
      type: 'column',
      children: [
        {
          type: 'chooser',
          onChanged: { actionType: 'setValue', values: [{ key: 'picked', value: '{{value}}' }] },
        },
        { type: 'text', data: 'Picked: {{picked}} / value: {{value}}' },
      ],
    };
    render(<StacView document={document} registry={withChooser} />);
    await userEvent.click(screen.getByRole('button', { name: 'Choose' }));
    await waitFor(() => expect(screen.getByText('Picked: blue / value:')).toBeInTheDocument());
  });

  it('a host onProblem that throws does not break the view', () => {
    const onProblem = () => {
      throw new Error('host logger down');
    };
    render(
      <StacView
        document={{ type: 'column', children: [{ type: 'nope' }, { type: 'text', data: 'fine' }] }}
        registry={registry}
        onProblem={onProblem}
      />,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
