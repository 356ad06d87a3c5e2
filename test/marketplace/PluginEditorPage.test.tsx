import './jsdomLayoutShims';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();

// The editor (CodeMirror) is a lazily loaded chunk; on a loaded machine its first import takes seconds.
const EDITOR_LOAD = { timeout: 20_000 };
vi.setConfig({ testTimeout: 40_000 });

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

  it('shows a loading placeholder while the page and the editor load when opened on its address', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/new' });
      // The layout, the marketplace and the editor are all loaded on demand (not in the first download).
      expect(screen.getByRole('status', { name: 'Loading the page' })).toBeInTheDocument();
      expect(await screen.findByRole('navigation', { name: 'Marketplace' }, EDITOR_LOAD)).toBeInTheDocument();
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Create a plugin' }, EDITOR_LOAD),
      ).toBeInTheDocument();
      expect(screen.queryByRole('status', { name: /^Loading the/ })).not.toBeInTheDocument();
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
    await user.type(await screen.findByLabelText('Name', {}, EDITOR_LOAD), 'Fresh plugin');
    await user.click(screen.getByRole('button', { name: 'Create plugin' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fresh plugin' })).toBeInTheDocument();
    const created = [...api.current().db.plugins.values()].find((plugin) => plugin.name === 'Fresh plugin');
    expect(created).toMatchObject({ author: 'alice', version: '1.0.0', slot: 'dashboard_top' });
    expect(router.state.location.pathname).toBe(`/marketplace/plugins/${created?.id}`);
  });

  it('shows a plugin proposed for review (a pull request) as submitted, with its link, not as an error', async () => {
    // What the client makes of a real Invenicum backend's answer: nothing published, a pull request opened.
    api.current().server.use(
      http.post('http://localhost/api/v1/plugins', () =>
        HttpResponse.json(
          {
            id: 'fresh_plugin',
            name: 'Fresh plugin',
            version: '1.0.0',
            submittedForReview: true,
            pullRequestUrl: 'https://github.com/lopiv2/invenicum-market-repository/pull/7',
          },
          { status: 201 },
        ),
      ),
    );
    const user = userEvent.setup();
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace/new',
    });
    await user.type(await screen.findByLabelText('Name', {}, EDITOR_LOAD), 'Fresh plugin');
    await user.click(screen.getByRole('button', { name: 'Create plugin' }));
    const title = await screen.findByText('“Fresh plugin” 1.0.0 is submitted for review.');
    const status = title.closest('[role="status"]') as HTMLElement;
    expect(within(status).getByRole('link', { name: 'Open the pull request' })).toHaveAttribute(
      'href',
      'https://github.com/lopiv2/invenicum-market-repository/pull/7',
    );
    // No error is announced (the toast region's live element stays empty).
    expect(screen.queryAllByRole('alert').filter((el) => el.textContent?.trim())).toEqual([]);
    expect(router.state.location.pathname).toBe('/marketplace/new');
  });

  it('publishes a new version of an own plugin only with a higher version', async () => {
    const user = userEvent.setup();
    renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace/plugins/my-banner/edit',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit My banner' }, EDITOR_LOAD),
    ).toBeInTheDocument();
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
    await user.click(await screen.findByRole('button', { name: 'Delete plugin' }, EDITOR_LOAD));
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
