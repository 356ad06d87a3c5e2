import './jsdomLayoutShims';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockDatabaseSeed } from '../../src/api-client/mock';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();

const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'my-banner',
      name: 'My banner',
      author: 'alice',
      slot: 'dashboard_top',
      version: '1.0.0',
      ui: { type: 'text', data: 'Hello from alice' },
    },
    {
      id: 'not-mine',
      name: 'Not mine',
      author: 'bob',
      slot: 'dashboard_top',
      version: '1.0.0',
      ui: { type: 'text', data: 'bob' },
    },
  ],
};

describe('plugin editor page', () => {
  beforeEach(() => {
    api.reset(seed);
  });

  it('shows the app and a loading placeholder while the editor loads when opened on its address', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/new' });
      expect(screen.getByRole('status', { name: 'Loading the editor' })).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Marketplace' })).toBeInTheDocument();
      expect(await screen.findByRole('heading', { level: 1, name: 'Create a plugin' })).toBeInTheDocument();
      expect(warn.mock.calls.flat().join(' ')).not.toMatch(/HydrateFallback/);
    } finally {
      warn.mockRestore();
    }
  });

  it('creates a plugin and opens its page', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace/new',
    });
    await user.type(await screen.findByLabelText('Name'), 'Fresh plugin');
    await user.click(screen.getByRole('button', { name: 'Create plugin' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fresh plugin' })).toBeInTheDocument();
    const created = [...api.current().db.plugins.values()].find((plugin) => plugin.name === 'Fresh plugin');
    expect(created).toMatchObject({ author: 'alice', version: '1.0.0', slot: 'dashboard_top' });
    expect(router.state.location.pathname).toBe(`/marketplace/plugins/${created?.id}`);
  });

  it('publishes a new version of an own plugin only with a higher version', async () => {
    const user = userEvent.setup();
    renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace/plugins/my-banner/edit',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit My banner' })).toBeInTheDocument();
    // The form opens on the next patch version, not on an error the user did not cause.
    const version = screen.getByLabelText('Version');
    expect(version).toHaveValue('1.0.1');
    expect(screen.queryByText(/Raise the version above/)).not.toBeInTheDocument();

    await user.clear(version);
    await user.type(version, '1.0.0');
    expect(screen.getByText(/Raise the version above 1.0.0/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save new version' }));
    expect(api.current().db.plugins.get('my-banner')?.version).toBe('1.0.0');

    await user.clear(version);
    await user.type(version, '1.1.0');
    await user.click(screen.getByRole('button', { name: 'Save new version' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My banner' })).toBeInTheDocument();
    expect(api.current().db.plugins.get('my-banner')?.version).toBe('1.1.0');
  });

  it('deletes an own plugin after a confirmation that offers deleting it from GitHub too', async () => {
    const user = userEvent.setup();
    const deleteUrls: string[] = [];
    api.current().server.events.on('request:start', ({ request }) => {
      if (request.method === 'DELETE') deleteUrls.push(request.url);
    });
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace/plugins/my-banner/edit',
    });
    await user.click(await screen.findByRole('button', { name: 'Delete plugin' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “My banner”?' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Also delete its repository on GitHub' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/marketplace'));
    expect(router.state.location.search).toBe('?state=mine');
    expect(api.current().db.plugins.has('my-banner')).toBe(false);
    expect(new URL(deleteUrls[0]).searchParams.get('deleteFromGitHub')).toBe('true');
    api.current().server.events.removeAllListeners();
  });

  it('does not let anyone but the author edit a plugin', async () => {
    renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace/plugins/not-mine/edit',
    });
    expect(await screen.findByText('Only its author can edit this plugin.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save new version' })).not.toBeInTheDocument();
  });
});
