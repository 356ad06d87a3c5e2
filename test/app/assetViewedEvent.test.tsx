/**
 * `asset.viewed` on the asset page: page actions run in the page, and the server is told of the visit only
 * when an active plugin of the user subscribes there (a host method, a request), so an ordinary visit costs
 * the server nothing.
 */
import { screen, waitFor } from '@testing-library/react';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from './appTestHarness';

const api = setupMockApi();

const asset = {
  id: 'a-1',
  name: 'Cordless Drill',
  category: 'Tools',
  location: 'Workshop A',
  quantity: 4,
  minStock: 2,
  value: 189.9,
  currency: 'EUR',
};

const pageGreeter = {
  id: 'page-greeter',
  name: 'Page Greeter',
  slot: 'dashboard_top',
  permissions: ['asset:read'],
  ui: { type: 'text', data: 'x' },
  subscriptions: [
    { event: 'asset.viewed', action: { actionType: 'showSnackBar', content: 'Looking at <<asset.name>>' } },
  ],
};

const serverCounter = {
  id: 'server-counter',
  name: 'Server Counter',
  slot: 'dashboard_top',
  permissions: ['asset:read', 'inventory:read'],
  ui: { type: 'text', data: 'x' },
  subscriptions: [{ event: 'asset.viewed', action: { method: 'lowStockReport' } }],
};

function seedWith(installed: string[], active = true): MockDatabaseSeed {
  return {
    plugins: [pageGreeter, serverCounter],
    installs: installed.map((pluginId) => ({ username: 'alice', pluginId, isActive: active })),
    assets: [asset],
  };
}

/** The visits the page reported to the server. */
function countVisits(seed: MockDatabaseSeed) {
  const db = api.reset(seed);
  const seen: string[] = [];
  api.current().server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/viewed'))
      seen.push(new URL(request.url).pathname);
  });
  return { db, seen };
}

afterEach(() => api.current().server.events.removeAllListeners());

describe('asset.viewed', () => {
  it('runs page actions in the page without telling the server when nobody listens there', async () => {
    const { db, seen: visits } = countVisits(seedWith(['page-greeter']));
    renderWithApp({
      db,
      routes: createAppRoutes(),
      path: '/assets/a-1',
    });
    expect(await screen.findByText('Looking at Cordless Drill')).toBeInTheDocument();
    expect(visits).toEqual([]);
  });

  it('tells the server once per visit when an active plugin subscribes there', async () => {
    const { db, seen: visits } = countVisits(seedWith(['page-greeter', 'server-counter']));
    renderWithApp({
      db,
      routes: createAppRoutes(),
      path: '/assets/a-1',
    });
    expect(await screen.findByText('Looking at Cordless Drill')).toBeInTheDocument();
    await waitFor(() => expect(visits).toEqual(['/api/v1/assets/a-1/viewed']));
  });

  it('does not tell the server for a switched-off subscriber', async () => {
    const { db, seen: visits } = countVisits(seedWith(['server-counter'], false));
    renderWithApp({
      db,
      routes: createAppRoutes(),
      path: '/assets/a-1',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cordless Drill' })).toBeInTheDocument();
    // The installed list is what the decision reads: once it is in, no visit was reported.
    await waitFor(() => expect(screen.queryByText('Loading the asset')).toBeNull());
    expect(visits).toEqual([]);
  });
});
