import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes, THEME_STORAGE_KEY } from '../../src/app';
import { renderWithApp, setupMockApi } from './appTestHarness';

const api = setupMockApi();

const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'top',
      name: 'Top banner',
      slot: 'dashboard_top',
      ui: { type: 'text', data: 'Top plugin for <<user.name>>' },
    },
    {
      id: 'bottom',
      name: 'Bottom note',
      slot: 'dashboard_bottom',
      ui: { type: 'text', data: 'Bottom plugin' },
    },
    {
      id: 'asset-line',
      name: 'Asset line',
      slot: 'asset_detail',
      ui: {
        type: 'column',
        children: [
          { type: 'text', data: '<<asset.name>> sits in <<asset.location>>' },
          {
            type: 'elevatedButton',
            child: { type: 'text', data: 'Back to the list' },
            onPressed: { actionType: 'invenicum_sdk', method: 'navigate', params: { path: '/assets' } },
          },
        ],
      },
    },
  ],
  installs: [
    { username: 'alice', pluginId: 'top' },
    { username: 'alice', pluginId: 'bottom' },
    { username: 'alice', pluginId: 'asset-line' },
  ],
  assets: [
    {
      id: 'a-1',
      name: 'Cordless Drill',
      category: 'Tools',
      location: 'Workshop A',
      quantity: 4,
      minStock: 2,
      value: 189.9,
      currency: 'EUR',
    },
    {
      id: 'a-2',
      name: 'Safety Helmet',
      category: 'Safety',
      location: 'Locker 3',
      quantity: 1,
      minStock: 5,
      value: 25,
      currency: 'EUR',
    },
  ],
};

describe('host pages', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    api.reset(seed);
  });

  it('puts dashboard_top above and dashboard_bottom below the inventory figures', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    const top = await screen.findByText(/^Top plugin for /);
    const bottom = await screen.findByText('Bottom plugin');
    const figures = await screen.findByText('Units in stock');
    expect(top.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(figures.compareDocumentPosition(bottom) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('Low stock').nextElementSibling).toHaveTextContent('1');
  });

  it('hands the asset of the page to asset_detail plugins, and their navigate action moves the app', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/assets/a-2',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Safety Helmet' })).toBeInTheDocument();
    const slot = screen.getByRole('region', { name: 'Plugins for this asset' });
    expect(await within(slot).findByText('Safety Helmet sits in Locker 3')).toBeInTheDocument();
    await user.click(within(slot).getByRole('button', { name: 'Back to the list' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/assets'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Assets' })).toBeInTheDocument();
  });

  it('says an unknown asset does not exist and links back to the list instead of offering a retry', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/assets/no-such-asset',
    });
    expect(await screen.findByText('This asset does not exist.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the assets' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/assets'));
  });

  it('says why the inventory could not be loaded on the dashboard and the assets page', async () => {
    api.current().server.use(
      http.get('*/api/v1/assets', () =>
        HttpResponse.json(
          {
            success: false,
            error: 'PERMISSION_DENIED',
            message: 'Ask an admin for access to the inventory.',
          },
          { status: 403 },
        ),
      ),
    );
    const { router } = renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    expect(await screen.findByText('The inventory could not be loaded.')).toBeInTheDocument();
    expect(screen.getByText(/Ask an admin for access to the inventory/)).toBeInTheDocument();
    await router.navigate('/assets');
    expect(await screen.findByText('The assets could not be loaded.')).toBeInTheDocument();
    expect(screen.getByText(/Ask an admin for access to the inventory/)).toBeInTheDocument();
  });

  it('shows a banner and no plugins in safe mode', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/?safe-mode' });
    expect(await screen.findByText('Safe mode: plugins are not shown on this page.')).toBeInTheDocument();
    expect(await screen.findByText('Units in stock')).toBeInTheDocument();
    expect(screen.queryByText(/^Top plugin for /)).not.toBeInTheDocument();
    expect(screen.queryByText('Bottom plugin')).not.toBeInTheDocument();
  });

  it('keeps safe mode while the user moves around, until they leave it', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/?safe-mode',
    });
    await screen.findByText('Safe mode: plugins are not shown on this page.');
    await user.click(screen.getByRole('link', { name: 'Assets' }));
    await screen.findByRole('heading', { level: 1, name: 'Assets' });
    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    await screen.findByText('Units in stock');
    expect(screen.getByText('Safe mode: plugins are not shown on this page.')).toBeInTheDocument();
    expect(screen.queryByText(/^Top plugin for /)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Leave safe mode' }));
    expect(await screen.findByText(/^Top plugin for /)).toBeInTheDocument();
    expect(screen.queryByText('Safe mode: plugins are not shown on this page.')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    vi.restoreAllMocks();
  });

  it('toggles the theme from the top bar and remembers the choice', async () => {
    const user = userEvent.setup();
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    const start = document.documentElement.dataset.theme;
    const button = await screen.findByRole('button', { name: /Switch to (dark|light) theme/ });
    await user.click(button);
    const next = start === 'dark' ? 'light' : 'dark';
    expect(document.documentElement.dataset.theme).toBe(next);
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe(next);
  });

  it('moves focus to the new page after a navigation', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await user.click(screen.getByRole('link', { name: 'Assets' }));
    await screen.findByRole('heading', { level: 1, name: 'Assets' });
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    vi.restoreAllMocks();
  });

  it('names every page for the tab and has one main landmark with a skip link to it', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/assets' });
    await screen.findByRole('heading', { level: 1, name: 'Assets' });
    expect(document.title).toBe('Assets · stac-web');
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});

describe('dashboard plugins see the real inventory', () => {
  it("binds <<inventory.*>> in a dashboard slot to the figures of the signed-in user's assets", async () => {
    const db = api.reset({
      ...seed,
      plugins: [
        ...(seed.plugins ?? []),
        {
          id: 'figures',
          name: 'Figures',
          slot: 'dashboard_top',
          permissions: ['inventory:read'],
          ui: {
            type: 'text',
            data: '<<inventory.assetCount>> assets, <<inventory.unitCount>> units, low: <<inventory.lowStockText>>',
          },
        },
      ],
      installs: [...(seed.installs ?? []), { username: 'alice', pluginId: 'figures' }],
    });
    renderWithApp({ db, routes: createAppRoutes(), path: '/' });
    const assets = seed.assets ?? [];
    const units = assets.reduce((sum: number, asset) => sum + Number(asset.quantity ?? 0), 0);
    const low = assets
      .filter((asset) => Number(asset.quantity ?? 0) <= Number(asset.minStock ?? -1))
      .map((asset) => asset.name);
    const text = await screen.findByText(new RegExp(`^${assets.length} assets, ${units} units, low: `));
    for (const name of low) expect(text).toHaveTextContent(name);
    if (low.length === 0) expect(text).toHaveTextContent('low: none');
  });
});
