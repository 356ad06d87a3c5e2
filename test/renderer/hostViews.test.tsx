import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StacView, type StacViews } from '../../src/renderer';
import { createWidgetRegistry } from '../../src/renderer/registry';
import { TestColumn, TestText, Explode } from './testWidgets';

const registry = createWidgetRegistry({ column: TestColumn, text: TestText, explode: Explode }, {});

beforeEach(() => {
  // React logs caught render errors; the assertions below check what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const HostFallback: StacViews['Fallback'] = ({ problem }) => (
  <em data-testid="host-fallback">
    {problem.path} · {problem.message}
  </em>
);

describe('a host replaces the views StacView shows of its own', () => {
  it('shows the host fallback for an unknown widget and for a widget that throws, with the node path', () => {
    const document = {
      type: 'column',
      children: [{ type: 'txet', data: 'typo' }, { type: 'explode' }, { type: 'text', data: 'still here' }],
    };
    render(
      <StacView document={document} registry={registry} mode="preview" views={{ Fallback: HostFallback }} />,
    );
    const fallbacks = screen.getAllByTestId('host-fallback');
    expect(fallbacks).toHaveLength(2);
    expect(fallbacks[0]).toHaveTextContent('ui.children[0]');
    expect(fallbacks[0]).toHaveTextContent('txet');
    expect(fallbacks[1]).toHaveTextContent('ui.children[1]');
    expect(screen.getByText('still here')).toBeInTheDocument();
    // The default fallback is gone where the host gave its own.
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows the host document error with every problem when the document cannot render', () => {
    const onProblem = vi.fn();
    render(
      <StacView
        document="{ not json"
        mode="preview"
        onProblem={onProblem}
        views={{
          DocumentError: ({ problems }) => (
            <section aria-label="Plugin broken">
              {problems.map((problem) => (
                <p key={problem.path + problem.message}>{problem.message}</p>
              ))}
            </section>
          ),
        }}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Plugin broken' });
    expect(within(panel).getAllByRole('paragraph').length).toBeGreaterThan(0);
    expect(screen.queryByText('This plugin view cannot be shown.')).toBeNull();
    // Reporting to the host does not depend on which view shows it.
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid_node' }));
  });

  it('shows failed actions in the host notice view, and its dismiss removes them', async () => {
    const user = userEvent.setup();
    const document = {
      type: 'elevatedButton',
      onPressed: { actionType: 'navigate', url: 'javascript:alert(1)' },
      child: { type: 'text', data: 'Go' },
    };
    render(
      <StacView
        document={document}
        mode="preview"
        views={{
          ActionNotices: ({ notices, onDismiss }) => (
            <ul aria-label="Failed actions">
              {notices.map((notice) => (
                <li key={notice.id}>
                  {notice.message}
                  <button type="button" onClick={() => onDismiss(notice.id)}>
                    Hide
                  </button>
                </li>
              ))}
            </ul>
          ),
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Go' }));
    const list = await screen.findByRole('list', { name: 'Failed actions' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('status', { name: 'Action problems' })).toBeNull();
    await user.click(within(list).getByRole('button', { name: 'Hide' }));
    expect(screen.queryByRole('list', { name: 'Failed actions' })).toBeNull();
  });

  it('keeps the default views for the ones the host leaves out', () => {
    render(
      <StacView
        document={{ type: 'txet' }}
        registry={registry}
        mode="preview"
        views={{ DocumentError: () => <p>host panel</p> }}
      />,
    );
    expect(screen.getByRole('note')).toHaveTextContent('txet');
  });
});
