/**
 * Commands and page events in the page: a host menu lists active plugins' commands, opens by keyboard, runs
 * the chosen action with the context the plugin is granted, and says which plugin failed and how; page events
 * reach only active subscribers granted the event's data.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useEffect } from 'react';
import { PluginActionHost, PluginCommandMenu, PluginSlotProvider, usePluginEvents } from '../../src/slots';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();
const user = { username: 'alice', name: 'Alice Example' };
const asset = { id: 'a1', name: 'Cordless Drill', quantity: 1 };

function serveInstalled(plugins: Record<string, unknown>[]) {
  api.current().server.use(
    http.get('*/plugins/installed', () =>
      HttpResponse.json(
        plugins.map((plugin) => ({
          author: 'alice',
          version: '1.0.0',
          slot: 'asset_detail',
          ui: { type: 'text', data: 'x' },
          isActive: true,
          ...plugin,
        })),
      ),
    ),
  );
}

const snack = (content: string) => ({ actionType: 'showSnackBar', content });

let raise: ReturnType<typeof usePluginEvents> | undefined;
function EventRaiser() {
  const raiseEvent = usePluginEvents();
  useEffect(() => {
    raise = raiseEvent;
  }, [raiseEvent]);
  return null;
}

function renderHost(notify = vi.fn()) {
  renderWithApp({
    db: api.current().db,
    element: (
      <PluginSlotProvider user={user} services={{ notify }}>
        <PluginActionHost>
          <PluginCommandMenu where="asset_actions" context={{ asset }} label="Asset actions" />
          <EventRaiser />
        </PluginActionHost>
      </PluginSlotProvider>
    ),
  });
  return notify;
}

describe('plugin commands in a host menu', () => {
  beforeEach(() => api.reset({ plugins: [], installs: [] }));

  it('opens by keyboard on the first entry and runs the command with the asset in scope', async () => {
    serveInstalled([
      {
        id: 'shop',
        name: 'Shop',
        permissions: ['asset:read'],
        commands: [
          {
            id: 'reorder',
            title: 'Reorder',
            where: 'asset_actions',
            action: snack('Reorder <<asset.name>>'),
          },
          { id: 'report', title: 'Report', where: 'dashboard', action: snack('dashboard only') },
        ],
      },
      {
        id: 'off',
        name: 'Off',
        isActive: false,
        permissions: ['asset:read'],
        commands: [{ id: 'hidden', title: 'Hidden', where: 'asset_actions', action: snack('no') }],
      },
    ]);
    renderHost();
    const button = await screen.findByRole('button', { name: 'Asset actions' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['ReorderShop']);
    await waitFor(() => expect(items[0]).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Reorder Cordless Drill')).toBeInTheDocument();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('closes on Escape and gives the focus back to the menu button', async () => {
    serveInstalled([
      {
        id: 'shop',
        name: 'Shop',
        permissions: ['asset:read'],
        commands: [{ id: 'a', title: 'A', where: 'asset_actions', action: snack('a') }],
      },
    ]);
    renderHost();
    const button = await screen.findByRole('button', { name: 'Asset actions' });
    await userEvent.click(button);
    await screen.findByRole('menu');
    expect(screen.getByRole('menuitem', { name: /A/ })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('tells the user which plugin failed and why, and withholds the asset from an ungranted plugin', async () => {
    serveInstalled([
      {
        id: 'nosy',
        name: 'Nosy',
        permissions: [],
        commands: [
          {
            id: 'open',
            title: 'Open shop',
            where: 'asset_actions',
            action: { actionType: 'navigate', url: 'https://shop.example.com/<<asset.id>>' },
          },
        ],
      },
    ]);
    const notify = renderHost();
    await userEvent.click(await screen.findByRole('button', { name: 'Asset actions' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /Open shop/ }));
    await waitFor(() =>
      expect(notify).toHaveBeenCalledWith(
        expect.stringContaining('“Nosy” could not run “Open shop”'),
        expect.objectContaining({ tone: 'error' }),
      ),
    );
  });
});

describe('page events', () => {
  beforeEach(() => api.reset({ plugins: [], installs: [] }));

  it('run the page action of each active subscriber granted the asset, and of no one else', async () => {
    serveInstalled([
      {
        id: 'watcher',
        name: 'Watcher',
        permissions: ['asset:read'],
        subscriptions: [{ event: 'asset.changed', action: snack('Watcher saw <<asset.name>>') }],
      },
      {
        id: 'blind',
        name: 'Blind',
        permissions: [],
        subscriptions: [{ event: 'asset.changed', action: snack('Blind saw it') }],
      },
      {
        id: 'sleeping',
        name: 'Sleeping',
        isActive: false,
        permissions: ['asset:read'],
        subscriptions: [{ event: 'asset.changed', action: snack('Sleeping saw it') }],
      },
    ]);
    renderHost();
    await waitFor(() => expect(raise).toBeDefined());
    await act(() => raise!({ event: 'asset.changed', data: { asset } }));
    expect(await screen.findByText('Watcher saw Cordless Drill')).toBeInTheDocument();
    expect(screen.queryByText('Blind saw it')).toBeNull();
    expect(screen.queryByText('Sleeping saw it')).toBeNull();
  });
});
