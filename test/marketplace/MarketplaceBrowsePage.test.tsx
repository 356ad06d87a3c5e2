import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();

const text = (data: string) => ({ type: 'text', data });
const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'clock',
      name: 'Reloj Digital',
      author: 'lopiv2',
      description: 'Un reloj minimalista',
      slot: 'dashboard_top',
      downloadCount: 120,
      ui: text('12:00'),
    },
    {
      id: 'health',
      name: 'Asset health card',
      author: 'carol',
      description: 'Quality score at a glance',
      slot: 'asset_detail',
      downloadCount: 900,
      isOfficial: true,
      ui: text('{{asset.qualityScore}}'),
    },
    {
      id: 'notes',
      name: 'Shift notes',
      author: 'alice',
      description: 'Hand over between shifts',
      slot: 'dashboard_top',
      downloadCount: 15,
      ui: text('notes'),
    },
  ],
  installs: [{ username: 'alice', pluginId: 'clock' }],
};

function cardNames(): string[] {
  const list = screen.getByRole('list', { name: 'Plugins' });
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '');
}

describe('marketplace browse', () => {
  beforeEach(() => {
    api.reset(seed);
  });

  it('shows cards with author, version, slot, downloads and badges', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace' });
    await screen.findByRole('list', { name: 'Plugins' });
    expect(cardNames()).toEqual(['Asset health card', 'Reloj Digital', 'Shift notes']);
    const clock = screen.getByRole('link', { name: 'Reloj Digital' }).closest('article') as HTMLElement;
    expect(within(clock).getByText(/by lopiv2 · v1\.0\.0/)).toBeInTheDocument();
    expect(within(clock).getByText('Dashboard top')).toBeInTheDocument();
    expect(within(clock).getByText('Installed')).toBeInTheDocument();
    expect(within(clock).getByText(/downloads/)).toBeInTheDocument();
    const health = screen.getByRole('link', { name: 'Asset health card' }).closest('article') as HTMLElement;
    expect(within(health).getByText('Official')).toBeInTheDocument();
    const notes = screen.getByRole('link', { name: 'Shift notes' }).closest('article') as HTMLElement;
    expect(within(notes).getByText('Mine')).toBeInTheDocument();
    expect(document.title).toBe('Marketplace · stac-web');
  });

  it('searches, filters by slot and state, sorts, and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace',
    });
    await screen.findByRole('list', { name: 'Plugins' });

    await user.type(screen.getByRole('searchbox', { name: 'Search plugins' }), 'shifts');
    expect(cardNames()).toEqual(['Shift notes']);
    expect(router.state.location.search).toBe('?q=shifts');
    await user.clear(screen.getByRole('searchbox', { name: 'Search plugins' }));

    await user.selectOptions(screen.getByLabelText('Slot'), 'asset_detail');
    expect(cardNames()).toEqual(['Asset health card']);
    await user.selectOptions(screen.getByLabelText('Slot'), '');

    await user.selectOptions(screen.getByLabelText('Show'), 'installed');
    expect(cardNames()).toEqual(['Reloj Digital']);
    await user.selectOptions(screen.getByLabelText('Show'), 'all');

    await user.selectOptions(screen.getByLabelText('Sort by'), 'name');
    expect(cardNames()).toEqual(['Asset health card', 'Reloj Digital', 'Shift notes']);
    expect(router.state.location.search).toBe('?sort=name');

    await user.type(screen.getByRole('searchbox', { name: 'Search plugins' }), 'zzz');
    expect(screen.getByText('No plugin matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(cardNames()).toHaveLength(3));
  });

  it('shows an error with a retry that recovers', async () => {
    const user = userEvent.setup();
    let fail = true;
    api.current().server.use(
      http.get('*/api/v1/plugins/community', () => {
        if (!fail) return undefined;
        return HttpResponse.json(
          { success: false, message: 'Database is down', error: 'INTERNAL_ERROR' },
          { status: 500 },
        );
      }),
    );
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace' });
    expect(
      await screen.findByText('The marketplace could not be loaded.', undefined, { timeout: 15_000 }),
    ).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: 'Plugins' })).toBeInTheDocument();
  });

  it('a filter on installed plugins waits for the installed list instead of saying nothing matches', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    api.current().server.use(
      http.get('*/api/v1/plugins/installed', async () => {
        await held;
        return undefined;
      }),
    );
    let saidNoMatch = false;
    const watcher = new MutationObserver(() => {
      if (document.body.textContent?.includes('No plugin matches')) saidNoMatch = true;
    });
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    const { queryClient } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace?state=installed',
    });
    // The catalog itself has arrived; only the installed list is still on its way.
    await waitFor(() =>
      expect(queryClient.getQueryCache().find({ queryKey: ['plugins', 'community'] })?.state.status).toBe(
        'success',
      ),
    );
    expect(await screen.findByRole('status', { name: 'Loading plugins' })).toBeInTheDocument();
    release();
    await waitFor(() => expect(cardNames()).toEqual(['Reloj Digital']));
    watcher.disconnect();
    expect(saidNoMatch).toBe(false);
  });

  it('says when the installed list failed, with a retry, on a filter that needs it and on all plugins', async () => {
    let fail = true;
    api.current().server.use(
      http.get('*/api/v1/plugins/installed', () => {
        if (!fail) return undefined;
        return HttpResponse.json(
          { success: false, message: 'You may not list installed plugins', error: 'FORBIDDEN' },
          { status: 403 },
        );
      }),
    );
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace?state=updates',
    });
    expect(await screen.findByText('Your installed plugins could not be loaded.')).toBeInTheDocument();
    expect(screen.queryByText('No plugin matches these filters.')).not.toBeInTheDocument();

    // All plugins: the catalog shows, and a notice says the installed badges are missing.
    await router.navigate('/marketplace');
    await screen.findByRole('list', { name: 'Plugins' });
    const notice = screen
      .getByText(/Your installed plugins could not be loaded, so the cards/)
      .closest('[role="alert"]') as HTMLElement;
    expect(notice).toHaveTextContent('You may not list installed plugins');
    const card = () => screen.getByRole('link', { name: 'Reloj Digital' }).closest('article') as HTMLElement;
    expect(within(card()).queryByText('Installed')).not.toBeInTheDocument();
    fail = false;
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(notice).not.toBeInTheDocument());
    expect(within(card()).getByText('Installed')).toBeInTheDocument();
  });

  it('tells an empty marketplace apart from an empty search', async () => {
    api.reset({ plugins: [] });
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace' });
    expect(await screen.findByText('No plugins in the marketplace yet.')).toBeInTheDocument();
  });
});
