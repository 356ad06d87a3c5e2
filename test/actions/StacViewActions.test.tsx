import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActionErrorEvent } from '../../src/actions';
import { StacView, createWidgetRegistry } from '../../src/renderer';
import { builtinWidgets } from '../../src/renderer/widgets';
import { readCorpusJson } from '../fixtures/paths';

const registry = createWidgetRegistry(builtinWidgets);
const quienSoy = readCorpusJson<{ ui: unknown }>('invenicum', 'quien_soy.json');

const text = (data: string) => ({ type: 'text', data });
const button = (label: string, onPressed: unknown) => ({
  type: 'elevatedButton',
  child: text(label),
  onPressed,
});
const column = (...children: unknown[]) => ({ type: 'column', children });

describe('plugin buttons in a StacView do what they say', () => {
  it('shows the signed-in user name when "Quién soy?" is pressed', async () => {
    const user = userEvent.setup();
    render(
      <StacView
        document={quienSoy.ui}
        registry={registry}
        services={{ currentUser: () => ({ username: 'ana', name: 'Ana García' }) }}
      />,
    );
    expect(screen.queryByText('Ana García')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Quién soy?' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Ana García'));
  });

  it("uses the host's own notify when it has one", async () => {
    const user = userEvent.setup();
    const notes: string[] = [];
    render(
      <StacView
        document={button('Save', { method: 'showAlert', params: { message: 'Saved {{asset.name}}' } })}
        scope={{ asset: { name: 'Drill' } }}
        registry={registry}
        services={{ notify: (message) => notes.push(message) }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(notes).toEqual(['Saved Drill']));
  });

  it('opens a dialog, closes it with a pop button inside it, and returns focus', async () => {
    const user = userEvent.setup();
    const document = button('Ask', {
      actionType: 'showDialog',
      widget: column(text('Discard draft?'), {
        type: 'textButton',
        child: text('CANCEL'),
        onPressed: { actionType: 'navigate', navigationStyle: 'pop' },
      }),
    });
    render(<StacView document={document} registry={registry} />);
    const opener = screen.getByRole('button', { name: 'Ask' });
    await user.click(opener);

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Discard draft?');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    await user.click(screen.getByRole('button', { name: 'CANCEL' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });

  it('queues snack bars: one at a time, each for its duration, the action button closing it', async () => {
    const user = userEvent.setup();
    const undone: string[] = [];
    const document = button('Notify twice', {
      actionType: 'multiAction',
      sync: true,
      actions: [
        {
          actionType: 'showSnackBar',
          content: text('First'),
          duration: { seconds: 30 },
          action: { label: 'Undo', onPressed: { method: 'showAlert', params: { message: 'undone' } } },
        },
        { actionType: 'showSnackBar', content: text('Second'), duration: { milliseconds: 150 } },
      ],
    });
    render(<StacView document={document} registry={registry} services={{ notify: (m) => undone.push(m) }} />);
    await user.click(screen.getByRole('button', { name: 'Notify twice' }));

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('First'));
    expect(status).not.toHaveTextContent('Second');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(status).toHaveTextContent('Second'));
    expect(undone).toEqual(['undone']);
    await waitFor(() => expect(status).toBeEmptyDOMElement(), { timeout: 15_000 });
  });

  it('opens a widgetJson page in place of the document, and Back returns', async () => {
    const user = userEvent.setup();
    const document = column(
      text('Home page'),
      button('Details', {
        actionType: 'navigate',
        navigationStyle: 'push',
        widgetJson: column(
          text('Details page'),
          button('Done', { actionType: 'navigate', navigationStyle: 'pop' }),
        ),
      }),
    );
    render(<StacView document={document} registry={registry} />);
    await user.click(screen.getByRole('button', { name: 'Details' }));

    const page = await screen.findByRole('region', { name: 'Plugin page' });
    expect(page).toHaveTextContent('Details page');
    expect(screen.queryByText('Home page')).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByText('Home page')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Details' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Plugin page' })).not.toBeInTheDocument();
    expect(screen.getByText('Home page')).toBeVisible();
  });

  it("shows a page in the view's place with the host's class and style, and makes the document inert under a dialog", async () => {
    const user = userEvent.setup();
    const document = column(
      text('Home page'),
      { type: 'textField', decoration: { labelText: 'Note' } },
      button('Details', {
        actionType: 'navigate',
        navigationStyle: 'push',
        widgetJson: text('Details page'),
      }),
      button('Ask', { actionType: 'showDialog', widget: text('Sure?') }),
    );
    const { container } = render(
      <StacView document={document} registry={registry} className="host-box" style={{ width: 320 }} />,
    );
    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.type(note, 'kept');

    await user.click(screen.getByRole('button', { name: 'Details' }));
    const page = await screen.findByRole('region', { name: 'Plugin page' });
    const pageBox = page.closest<HTMLElement>('.stac-view')!;
    const documentBox = screen.getByText('Home page').closest<HTMLElement>('.stac-view')!;
    expect(pageBox).not.toBe(documentBox);
    // The page stands where the document stood: a box of the same class and host style, the document's hidden.
    expect(pageBox).toHaveClass('stac-view', 'host-box');
    expect(pageBox).toHaveStyle({ width: '320px' });
    expect(pageBox).toBeVisible();
    expect(documentBox).not.toBeVisible();
    expect(container.firstElementChild).toBe(documentBox);
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(documentBox).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('kept');

    await user.click(screen.getByRole('button', { name: 'Ask' }));
    const dialog = await screen.findByRole('dialog');
    expect(documentBox).toHaveAttribute('inert');
    expect(dialog.closest<HTMLElement>('[inert]')).toBeNull();
    // Without a page the dialog's box draws nothing of the host's box (no second 320 px box in the page).
    expect(dialog.closest<HTMLElement>('.stac-view')).toHaveStyle({ display: 'contents' });
  });

  it('stacks pages: push adds, pushAndRemoveAll starts over, popAll returns to the document', async () => {
    const user = userEvent.setup();
    const nav = (navigationStyle: string, widgetJson?: unknown) => ({
      actionType: 'navigate',
      navigationStyle,
      widgetJson,
    });
    const pageC = column(text('Page C'), button('Home', nav('popAll')));
    const pageB = column(text('Page B'), button('To C', nav('pushAndRemoveAll', pageC)));
    const pageA = column(text('Page A'), button('To B', nav('push', pageB)));
    render(
      <StacView
        document={column(text('Home page'), button('To A', nav('push', pageA)))}
        registry={registry}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'To A' }));
    await user.click(await screen.findByRole('button', { name: 'To B' }));
    const page = await screen.findByRole('region', { name: 'Plugin page' });
    expect(page).toHaveTextContent('Page B');
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(await screen.findByRole('region', { name: 'Plugin page' })).toHaveTextContent('Page A');

    await user.click(screen.getByRole('button', { name: 'To B' }));
    await user.click(await screen.findByRole('button', { name: 'To C' }));
    expect(await screen.findByRole('region', { name: 'Plugin page' })).toHaveTextContent('Page C');
    // pushAndRemoveAll left only C on the stack: Back goes straight home.
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByText('Home page')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'To A' }));
    await user.click(await screen.findByRole('button', { name: 'To B' }));
    await user.click(await screen.findByRole('button', { name: 'To C' }));
    await user.click(await screen.findByRole('button', { name: 'Home' }));
    expect(screen.queryByRole('region', { name: 'Plugin page' })).not.toBeInTheDocument();
    expect(screen.getByText('Home page')).toBeVisible();
  });

  it('lets setValue variables reach the widgets a nested action shows', async () => {
    const user = userEvent.setup();
    const document = button('Greet', {
      actionType: 'setValue',
      values: [{ key: 'greeting', value: 'Hello {{user.name}}' }],
      action: { actionType: 'showSnackBar', content: text('{{greeting}}!') },
    });
    render(<StacView document={document} scope={{ user: { name: 'Ana' } }} registry={registry} />);
    await user.click(screen.getByRole('button', { name: 'Greet' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Hello Ana!'));
  });

  it('reports a hostile button to the host and the preview, and the next button still works', async () => {
    const user = userEvent.setup();
    const errors: ActionErrorEvent[] = [];
    const notes: string[] = [];
    const document = column(
      button('Bad', { actionType: 'networkRequest', url: 'https://evil.example/steal' }),
      button('Good', { method: 'showAlert', params: { message: 'fine' } }),
    );
    render(
      <StacView
        document={document}
        registry={registry}
        mode="preview"
        services={{ notify: (m) => notes.push(m) }}
        onActionError={(event) => errors.push(event)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Bad' }));
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ code: 'url_refused', actionType: 'networkRequest' });
    expect(await screen.findByText(/Request refused/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Good' }));
    await waitFor(() => expect(notes).toEqual(['fine']));
  });

  it('stops a plugin that opens dialogs in a loop at five, with an error the host sees', async () => {
    const user = userEvent.setup();
    const errors: ActionErrorEvent[] = [];
    const document = button('Spam', {
      actionType: 'multiAction',
      actions: Array.from({ length: 7 }, (_, index) => ({
        actionType: 'showDialog',
        widget: text(`Dialog ${index}`),
      })),
    });
    render(
      <StacView document={document} registry={registry} onActionError={(event) => errors.push(event)} />,
    );
    await user.click(screen.getByRole('button', { name: 'Spam' }));
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ code: 'handler_failed', actionType: 'showDialog' });
    expect(errors[0].message).toContain('5 dialogs are already open');
    expect(screen.getAllByRole('dialog', { hidden: true })).toHaveLength(5);
    // Only the top one is live; Escape closes them one by one.
    await user.keyboard('{Escape}');
    expect(screen.getAllByRole('dialog', { hidden: true })).toHaveLength(4);
  });

  it("hands dialogs to the host's own openDialog when it has one", async () => {
    const user = userEvent.setup();
    const opened: unknown[] = [];
    const widget = text('Hosted');
    render(
      <StacView
        document={button('Open', { actionType: 'showDialog', widget })}
        registry={registry}
        services={{ openDialog: async (request) => void opened.push(request.widget) }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0]).toMatchObject(widget);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks for confirmation in a dialog when the host has no confirm of its own', async () => {
    const user = userEvent.setup();
    const answers: boolean[] = [];
    const { StacOverlayHost, useStacOverlayServices } = await import('../../src/renderer/overlays');
    function AskButton() {
      const services = useStacOverlayServices();
      return (
        <button
          type="button"
          onClick={() => void services?.confirm?.('Delete the asset?').then((a) => answers.push(a))}
        >
          Delete
        </button>
      );
    }
    render(
      <StacOverlayHost>
        <AskButton />
      </StacOverlayHost>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('dialog', { name: 'Confirm' })).toHaveTextContent('Delete the asset?');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await act(async () => undefined);
    expect(answers).toEqual([true]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
