import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { existsSync, readFileSync } from 'node:fs';
import { createActionRegistry, type ActionErrorEvent, type NavigateRequest } from '../../src/actions';
import { StacView } from '../../src/renderer';
import { CORPUS_DIR, readCorpusJson } from '../fixtures/paths';

const corpus = (name: string): unknown => readCorpusJson('stac', name);

/** The gallery app's assets (`assets/json/form_example.json`) are the corpus files `gallery__form_example.json`. */
async function loadGalleryAsset(assetPath: string): Promise<unknown> {
  const file = `${CORPUS_DIR}/stac/gallery__${assetPath.split('/').pop() ?? ''}`;
  if (!existsSync(file)) throw new Error(`no asset ${assetPath}`);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

const logins: unknown[] = [];
const server = setupServer(
  http.post('https://dummyjson.com/auth/login', async ({ request }) => {
    const body = (await request.json()) as { username?: string; password?: string };
    logins.push(body);
    return body.username === 'kminchelle' && body.password === '0lelplR'
      ? HttpResponse.json({ accessToken: 'token' })
      : HttpResponse.json({ message: 'Invalid credentials' }, { status: 400 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  logins.length = 0;
});
afterAll(() => server.close());

describe('gallery__dialog_example.json', () => {
  it('opens each alert from its button and closes it with the buttons inside', async () => {
    const user = userEvent.setup();
    render(<StacView document={corpus('gallery__dialog_example.json')} />);

    const simple = screen.getByRole('button', { name: 'SIMPLE ALERT' });
    await user.click(simple);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveTextContent('Discard draft?');
    await user.click(within(dialog).getByRole('button', { name: 'DISCARD' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(simple).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'ALERT WITH TITLE' }));
    const titled = await screen.findByRole('dialog');
    expect(titled).toHaveTextContent("Use Google's Location Services?");
    expect(titled).toHaveTextContent('Let Google help apps determine location.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('gallery__form_example.json', () => {
  const actions = createActionRegistry({ urlPolicy: { requestOrigins: ['https://dummyjson.com'] } });

  it('posts the form values and shows the dialog of the answer', async () => {
    const user = userEvent.setup();
    render(<StacView document={corpus('gallery__form_example.json')} actions={actions} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Successful');
    expect(logins).toEqual([{ username: 'kminchelle', password: '0lelplR' }]);
  });

  it('sends what the user typed, and shows the Error dialog when the server says 400', async () => {
    const user = userEvent.setup();
    render(<StacView document={corpus('gallery__form_example.json')} actions={actions} />);
    const password = screen.getByDisplayValue('0lelplR');
    await user.clear(password);
    await user.type(password, 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('dialog')).toHaveTextContent('Error');
    expect(logins).toEqual([{ username: 'kminchelle', password: 'wrong-password' }]);
  });

  it('does not send an invalid form; it shows the validation message instead', async () => {
    const user = userEvent.setup();
    render(<StacView document={corpus('gallery__form_example.json')} actions={actions} />);
    const username = screen.getByDisplayValue('kminchelle');
    await user.clear(username);
    await user.type(username, 'ab');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Add a valid username')).toBeVisible();
    expect(logins).toEqual([]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('refuses to post the form to another origin under the default policy', async () => {
    const user = userEvent.setup();
    const errors: ActionErrorEvent[] = [];
    render(
      <StacView document={corpus('gallery__form_example.json')} onActionError={(e) => errors.push(e)} />,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ code: 'url_refused', actionType: 'networkRequest' });
    expect(logins).toEqual([]);
  });
});

describe('gallery__navigation_example.json', () => {
  it('pushes widget pages in place, with Back; named routes and the last pop go to the host router', async () => {
    const user = userEvent.setup();
    const routed: NavigateRequest[] = [];
    render(
      <StacView
        document={corpus('gallery__navigation_example.json')}
        services={{ navigate: (request) => void routed.push(request) }}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Push' }));
    expect(await screen.findByRole('region', { name: 'Plugin page' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Push' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByRole('button', { name: 'Push' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Push Named' }));
    await user.click(screen.getByRole('button', { name: 'Pop' }));
    await waitFor(() => expect(routed).toHaveLength(2));
    expect(routed).toEqual([
      { kind: 'push', path: '/detailsScreen' },
      { kind: 'pop', result: undefined, all: false },
    ]);
  });
});

describe('gallery__variable_example.json', () => {
  it('shows the setValue variables, and the page the button opens sees the new phone variable', async () => {
    const user = userEvent.setup();
    render(
      <StacView
        document={corpus('gallery__variable_example.json')}
        services={{ loadAsset: loadGalleryAsset }}
      />,
    );
    expect(screen.getByText('John Doe')).toBeVisible();

    await user.click(screen.getByRole('button'));
    const page = await screen.findByRole('region', { name: 'Plugin page' });
    await waitFor(() => expect(page).toHaveTextContent('phone: 1234567890'));
    expect(page).toHaveTextContent('John Doe');
  });
});

describe('gallery__bottom_sheet_example.json', () => {
  it('opens the list of the asset in a modal bottom sheet', async () => {
    const user = userEvent.setup();
    render(
      <StacView
        document={corpus('gallery__bottom_sheet_example.json')}
        services={{ loadAsset: loadGalleryAsset }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Modal Bottom Sheet' }));
    const sheet = await screen.findByRole('dialog');
    expect(sheet).toHaveTextContent('Item 1');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('gallery__inkwell_example.json', () => {
  it('opens the alert named by its title when the ink well is tapped', async () => {
    const user = userEvent.setup();
    render(<StacView document={corpus('gallery__inkwell_example.json')} />);
    await user.click(screen.getByText('Hello, World! from Inkwell'));
    const dialog = await screen.findByRole('dialog', { name: 'On Tap Successful' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    await user.click(dialog.parentElement as HTMLElement);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('gallery__home_screen.json', () => {
  it('shows the snack bar of the "Stac SnackBar" tile, which its Done button closes', async () => {
    const user = userEvent.setup();
    const tiles = corpus('gallery__home_screen.json') as { title?: { data?: string } }[];
    const snackBarTile = tiles.find((tile) => tile.title?.data === 'Stac SnackBar');
    render(<StacView document={snackBarTile} />);
    await user.click(screen.getByText('Stac SnackBar'));

    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('This is a Snackbar'));
    await user.click(within(status).getByRole('button', { name: 'Done' }));
    expect(status).toBeEmptyDOMElement();
  });
});
