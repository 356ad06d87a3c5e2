import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { useTogglePlugin } from '../../src/api-client';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createWidgetRegistry } from '../../src/renderer';
import type { StacWidgetProps } from '../../src/renderer/contract';
import { PluginSlot, PluginSlotProvider, type PluginSlotViews } from '../../src/slots';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';
import { createGate } from '../support/gate';

const api = setupMockApi();

const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'greeting',
      name: 'Greeting',
      slot: 'dashboard_top',
      version: '1.0.0',
      ui: { type: 'text', data: 'Hello {{user.name}}' },
    },
    {
      id: 'sleeping',
      name: 'Sleeping',
      slot: 'dashboard_top',
      version: '1.0.0',
      ui: { type: 'text', data: 'I am switched off' },
    },
    {
      id: 'asset-label',
      name: 'Asset label',
      slot: 'asset_detail',
      version: '2.1.0',
      ui: { type: 'text', data: 'Looking at <<asset.name>> (plugin <<plugin.id>> <<plugin.version>>)' },
    },
    {
      id: 'not-installed',
      name: 'Not installed',
      slot: 'dashboard_top',
      version: '1.0.0',
      ui: { type: 'text', data: 'Nobody installed me' },
    },
    { id: 'exploding', name: 'Exploding', slot: 'explosions', version: '1.0.0', ui: { type: 'boom' } },
    {
      id: 'steady',
      name: 'Steady',
      slot: 'explosions',
      version: '1.0.0',
      ui: { type: 'text', data: 'Still standing' },
    },
    { id: 'garbled', name: 'Garbled', slot: 'garbage', version: '1.0.0', ui: ['not', 'a', 'widget'] },
  ],
  installs: [
    { username: 'alice', pluginId: 'greeting' },
    { username: 'alice', pluginId: 'sleeping', isActive: false },
    { username: 'alice', pluginId: 'asset-label' },
    { username: 'alice', pluginId: 'exploding' },
    { username: 'alice', pluginId: 'steady' },
    { username: 'alice', pluginId: 'garbled' },
  ],
};

function Boom(_props: StacWidgetProps): never {
  throw new Error('kaboom from a plugin widget');
}
const registryWithBoom = createWidgetRegistry({ boom: Boom });
const user = { username: 'alice', name: 'Alice Example' };

function ToggleButton({ pluginId, isActive }: { pluginId: string; isActive: boolean }) {
  const toggle = useTogglePlugin();
  return (
    <button type="button" onClick={() => toggle.mutate({ pluginId, isActive })}>
      switch {pluginId} {isActive ? 'on' : 'off'}
    </button>
  );
}

describe('PluginSlot', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    api.reset(seed);
  });
  afterEach(() => vi.restoreAllMocks());

  it('renders only the active installed plugins of its own slot, bound to the user', async () => {
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user}>
          <PluginSlot name="dashboard_top" />
        </PluginSlotProvider>
      ),
    });
    const region = await screen.findByRole('region', { name: 'Plugins: dashboard top' });
    expect(await within(region).findByText('Hello Alice Example')).toBeInTheDocument();
    expect(
      within(region)
        .getAllByRole('group')
        .map((group) => group.getAttribute('aria-label')),
    ).toEqual(['Plugin: Greeting']);
    expect(screen.queryByText('I am switched off')).not.toBeInTheDocument();
    expect(screen.queryByText('Nobody installed me')).not.toBeInTheDocument();
    expect(screen.queryByText(/Looking at/)).not.toBeInTheDocument();
  });

  it('binds the page context and the plugin identity into the scope', async () => {
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user}>
          <PluginSlot name="asset_detail" context={{ asset: { id: 'a1', name: 'Cordless Drill' } }} />
        </PluginSlotProvider>
      ),
    });
    expect(
      await screen.findByText('Looking at Cordless Drill (plugin asset-label 2.1.0)'),
    ).toBeInTheDocument();
  });

  it('serves every slot of a page from one request for the installed list', async () => {
    let installedRequests = 0;
    api.current().server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/plugins/installed')) installedRequests += 1;
    });
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user}>
          <PluginSlot name="dashboard_top" />
          <PluginSlot name="asset_detail" context={{ asset: { name: 'Lamp' } }} />
          <PluginSlot name="dashboard_bottom" />
        </PluginSlotProvider>
      ),
    });
    await screen.findByText('Hello Alice Example');
    await screen.findByText(/Looking at Lamp/);
    expect(installedRequests).toBe(1);
    api.current().server.events.removeAllListeners();
  });

  it('updates an open slot when a plugin is switched elsewhere, without a reload', async () => {
    const actor = userEvent.setup();
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user}>
          <PluginSlot name="dashboard_top" />
          <ToggleButton pluginId="greeting" isActive={false} />
          <ToggleButton pluginId="sleeping" isActive={true} />
        </PluginSlotProvider>
      ),
    });
    await screen.findByText('Hello Alice Example');
    await actor.click(screen.getByRole('button', { name: 'switch greeting off' }));
    await waitFor(() => expect(screen.queryByText('Hello Alice Example')).not.toBeInTheDocument());
    await actor.click(screen.getByRole('button', { name: 'switch sleeping on' }));
    expect(await screen.findByText('I am switched off')).toBeInTheDocument();
  });

  it('isolates a plugin that throws: a notice with Disable, the other plugins keep working, Disable switches it off', async () => {
    const actor = userEvent.setup();
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user} registry={registryWithBoom}>
          <p>Host content</p>
          <PluginSlot name="explosions" />
        </PluginSlotProvider>
      ),
    });
    const notice = await screen.findByText(/The plugin “Exploding” stopped working/);
    expect(screen.getByText('Still standing')).toBeInTheDocument();
    expect(screen.getByText('Host content')).toBeInTheDocument();

    const box = notice.closest('[role="alert"]') as HTMLElement;
    await actor.click(within(box).getByRole('button', { name: 'Details' }));
    expect(within(box).getByText(/kaboom from a plugin widget/)).toBeVisible();

    await actor.click(within(box).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(screen.queryByText(/stopped working/)).not.toBeInTheDocument());
    expect(api.current().db.installs.get('1:exploding')?.isActive).toBe(false);
    expect(screen.getByText('Still standing')).toBeInTheDocument();
  });

  it("shows the host's own failure view instead of the default notice, and its Disable still works", async () => {
    const actor = userEvent.setup();
    const HostFailure: PluginSlotViews['PluginFailure'] = ({ pluginName, message, onDisable }) => (
      <aside aria-label={`${pluginName} is broken`}>
        <p>{message}</p>
        <button type="button" onClick={onDisable}>
          Turn {pluginName} off
        </button>
      </aside>
    );
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user} registry={registryWithBoom} views={{ PluginFailure: HostFailure }}>
          <PluginSlot name="explosions" />
        </PluginSlotProvider>
      ),
    });
    const card = await screen.findByRole('complementary', { name: 'Exploding is broken' });
    expect(card).toHaveTextContent('kaboom from a plugin widget');
    expect(screen.queryByText(/stopped working/)).not.toBeInTheDocument();
    expect(screen.getByText('Still standing')).toBeInTheDocument();
    await actor.click(within(card).getByRole('button', { name: 'Turn Exploding off' }));
    await waitFor(() => expect(api.current().db.installs.get('1:exploding')?.isActive).toBe(false));
  });

  it('shows a loading skeleton while the installed list loads, unless the slot opts out', async () => {
    // The list arrives only once the test has seen the skeleton.
    const answer = createGate();
    api.current().server.use(
      http.get('*/api/v1/plugins/installed', async () => {
        await answer.opened;
        return undefined;
      }),
    );
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user}>
          <PluginSlot name="dashboard_top" />
          <PluginSlot name="left_sidebar" skeleton={false} />
        </PluginSlotProvider>
      ),
    });
    expect(await screen.findByRole('status', { name: 'Loading plugins' })).toBeInTheDocument();
    expect(screen.getAllByRole('status', { name: 'Loading plugins' })).toHaveLength(1);
    answer.open();
    expect(await screen.findByText('Hello Alice Example')).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading plugins' })).not.toBeInTheDocument();
  });

  it('says so when a plugin document cannot be read at all, instead of leaving a silent hole', async () => {
    renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user}>
          <PluginSlot name="garbage" />
        </PluginSlotProvider>
      ),
    });
    const notice = await screen.findByText(/The plugin “Garbled” stopped working/);
    expect(
      within(notice.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Disable' }),
    ).toBeEnabled();
  });

  it('renders no plugin at all in safe mode, and makes no request for them', async () => {
    let requests = 0;
    api.current().server.events.on('request:start', () => {
      requests += 1;
    });
    const { queryClient } = renderWithApp({
      db: api.current().db,
      element: (
        <PluginSlotProvider user={user} safeMode>
          <p>Page body</p>
          <PluginSlot name="dashboard_top" />
        </PluginSlotProvider>
      ),
    });
    expect(await screen.findByText('Page body')).toBeInTheDocument();
    // A slot that meant to load plugins would have a query fetching by now (effects ran inside render's act);
    // in safe mode none is fetching and none ever fetched, so no request can follow.
    expect(queryClient.isFetching()).toBe(0);
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.dataUpdatedAt > 0),
    ).toEqual([]);
    expect(screen.queryByText('Hello Alice Example')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Plugins/ })).not.toBeInTheDocument();
    expect(requests).toBe(0);
    api.current().server.events.removeAllListeners();
  });
});
