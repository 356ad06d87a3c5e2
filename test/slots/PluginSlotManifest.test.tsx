/**
 * Slots host plugins as their manifest says: every surface in its slot, only the granted scope roots,
 * settings bound as <<settings.*>>, a "Set up" prompt while required settings are empty, `plugin.has`, and
 * plugins whose startup checks fail stay off. The installed list is served as the API would send it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { StacView } from '../../src/renderer';
import { createActionRegistry } from '../../src/actions';
import { grantsFor, guardHostServices } from '../../src/plugin-host';
import type { StacRenderProblem } from '../../src/renderer/contract';
import { PluginSlot, PluginSlotProvider } from '../../src/slots';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';
import { render } from '@testing-library/react';

const api = setupMockApi();
// The host's URL policy allows the docs site; whether a plugin may go there is then its permission's call.
const actions = createActionRegistry({ urlPolicy: { navigationOrigins: ['https://docs.example.com'] } });
const user = { username: 'alice', name: 'Alice Example' };
const text = (data: string) => ({ type: 'text', data });

function serveInstalled(plugins: Record<string, unknown>[]) {
  api
    .current()
    .server.use(
      http.get('*/plugins/installed', () =>
        HttpResponse.json(
          plugins.map((plugin) => ({ author: 'alice', version: '1.0.0', isActive: true, ...plugin })),
        ),
      ),
    );
}

function renderSlots(services = {}) {
  return renderWithApp({
    db: api.current().db,
    element: (
      <PluginSlotProvider user={user} services={services} actions={actions}>
        <PluginSlot name="dashboard_top" context={{ inventory: { totalItems: 42, lowStock: 3 } }} />
        <PluginSlot name="asset_detail" context={{ asset: { name: 'Cordless Drill' } }} />
      </PluginSlotProvider>
    ),
  });
}

describe('PluginSlot with plugin manifests', () => {
  beforeEach(() => {
    api.reset({ plugins: [], installs: [] });
  });

  it('renders a composite plugin in each of its slots, with its own document there', async () => {
    serveInstalled([
      {
        id: 'suite',
        name: 'Stock suite',
        permissions: ['inventory:read', 'asset:read'],
        surfaces: {
          dashboard_top: text('<<inventory.totalItems>> items'),
          asset_detail: text('About <<asset.name>>'),
        },
      },
    ]);
    renderSlots();
    const dashboard = await screen.findByRole('region', { name: 'Plugins: dashboard top' });
    const asset = await screen.findByRole('region', { name: 'Plugins: asset detail' });
    expect(await within(dashboard).findByText('42 items')).toBeInTheDocument();
    expect(await within(asset).findByText('About Cordless Drill')).toBeInTheDocument();
  });

  it('binds only what the plugin declares: undeclared user and inventory data stay empty', async () => {
    serveInstalled([
      {
        id: 'nosy',
        name: 'Nosy',
        slot: 'dashboard_top',
        permissions: [],
        ui: text('user=[<<user.name>>] items=[<<inventory.totalItems>>]'),
      },
      {
        id: 'legacy',
        name: 'Legacy',
        slot: 'dashboard_top',
        ui: text('legacy user=[<<user.name>>] items=[<<inventory.totalItems>>]'),
      },
    ]);
    renderSlots();
    expect(await screen.findByText('user=[] items=[]')).toBeInTheDocument();
    // A plugin from before the manifest keeps the user, but the new inventory data needs asking for.
    expect(await screen.findByText('legacy user=[Alice Example] items=[]')).toBeInTheDocument();
  });

  it('binds settings with their defaults, and asks to be set up while a required one is empty', async () => {
    const settings = [
      { key: 'warehouse', label: 'Warehouse', required: true },
      { key: 'units', type: 'enum', label: 'Units', options: ['metric', 'imperial'], default: 'metric' },
    ];
    serveInstalled([
      {
        id: 'configured',
        name: 'Configured',
        slot: 'dashboard_top',
        permissions: [],
        settings,
        settingValues: { warehouse: 'North' },
        ui: text('<<settings.warehouse>> in <<settings.units>>'),
      },
      {
        id: 'unset',
        name: 'Unset',
        slot: 'dashboard_top',
        permissions: [],
        settings,
        ui: text('should not show'),
      },
    ]);
    renderSlots();
    expect(await screen.findByText('North in metric')).toBeInTheDocument();
    const prompt = await screen.findByText('“Unset” needs to be set up before it can show anything.');
    expect(within(prompt.parentElement!).getByText('Missing: Warehouse.')).toBeInTheDocument();
    expect(within(prompt.parentElement!).getByRole('link', { name: 'Set up' })).toHaveAttribute(
      'href',
      '/marketplace/installed',
    );
    expect(screen.queryByText('should not show')).not.toBeInTheDocument();
  });

  it('tells a document whether an optional dependency is active, and keeps a plugin whose startup check fails off', async () => {
    serveInstalled([
      { id: 'charts', name: 'Charts', slot: 'sidebar', permissions: [], ui: text('charts') },
      { id: 'maps', name: 'Maps', slot: 'sidebar', isActive: false, permissions: [], ui: text('maps') },
      {
        id: 'dash',
        name: 'Dash',
        slot: 'dashboard_top',
        permissions: [],
        dependencies: [
          { id: 'charts', optional: true },
          { id: 'maps', optional: true },
        ],
        ui: text('charts=<<plugin.has.charts>> maps=<<plugin.has.maps>>'),
      },
      {
        id: 'blocked',
        name: 'Blocked',
        slot: 'dashboard_top',
        permissions: [],
        startupChecks: [{ hostFeature: 'teleporter', title: 'Needs a teleporter' }],
        ui: text('blocked plugin content'),
      },
    ]);
    renderSlots();
    expect(await screen.findByText('charts=true maps=false')).toBeInTheDocument();
    expect(screen.queryByText('blocked plugin content')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Plugin: Blocked' })).not.toBeInTheDocument();
  });

  it('ends an undeclared external navigation in a not_permitted error instead of leaving the app', async () => {
    const navigate = vi.fn();
    serveInstalled([
      {
        id: 'linker',
        name: 'Linker',
        slot: 'dashboard_top',
        permissions: [],
        ui: {
          type: 'textButton',
          child: text('Open docs'),
          onPressed: { actionType: 'navigate', routeName: 'https://docs.example.com/' },
        },
      },
    ]);
    renderSlots({ navigate });
    await userEvent.click(await screen.findByRole('button', { name: 'Open docs' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Plugin: Linker' })).toBeInTheDocument());
    expect(navigate).not.toHaveBeenCalled();
  });

  it('lets a plugin that declares navigate:external open the page', async () => {
    const navigate = vi.fn();
    serveInstalled([
      {
        id: 'linker',
        name: 'Linker',
        slot: 'dashboard_top',
        permissions: ['navigate:external'],
        ui: {
          type: 'textButton',
          child: text('Open docs'),
          onPressed: { actionType: 'navigate', routeName: 'https://docs.example.com/' },
        },
      },
    ]);
    renderSlots({ navigate });
    await userEvent.click(await screen.findByRole('button', { name: 'Open docs' }));
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith({ kind: 'external', url: 'https://docs.example.com/' }),
    );
  });
});

describe('StacView withheldScope and guarded services', () => {
  it('shows an ungranted action as a not_permitted error event naming the permission', async () => {
    const errors: { code: string; message: string }[] = [];
    const services = guardHostServices({ navigate: vi.fn() }, grantsFor({ permissions: [] }), {
      pluginName: 'Linker',
    });
    render(
      <StacView
        document={{
          type: 'textButton',
          child: text('Open'),
          onPressed: { actionType: 'navigate', routeName: 'https://docs.example.com/' },
        }}
        services={services}
        actions={actions}
        mode="preview"
        onActionError={(event) => errors.push(event)}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() =>
      expect(errors).toEqual([
        expect.objectContaining({
          code: 'not_permitted',
          message: expect.stringContaining('"navigate:external"'),
        }),
      ]),
    );
    expect(await screen.findByText(/may not open https:\/\/docs.example.com\//)).toBeInTheDocument();
  });

  it('never binds a withheld root and reports each read of one in preview, naming the permission', async () => {
    const problems: StacRenderProblem[] = [];
    render(
      <StacView
        document={text('Mail: <<user.email>>')}
        scope={{ user: { email: 'alice@example.com' } }}
        withheldScope={{ user: 'user:read' }}
        mode="preview"
        onProblem={(problem) => problems.push(problem)}
      />,
    );
    expect(await screen.findByText('Mail:')).toBeInTheDocument();
    expect(screen.queryByText(/alice@example.com/)).not.toBeInTheDocument();
    await waitFor(() =>
      expect(problems).toContainEqual(
        expect.objectContaining({
          code: 'ungranted_read',
          path: 'ui',
          message: expect.stringContaining('"user:read"'),
        }),
      ),
    );
  });
});
