import { screen, within } from '@testing-library/react';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { INVENICUM_APP_SLOTS } from '../../src/slots';
import { renderWithApp, setupMockApi } from './appTestHarness';

const api = setupMockApi();

/** One plugin per slot of the real Invenicum app, plus the same greeting written for each host. */
const seed: MockDatabaseSeed = {
  plugins: [
    ...INVENICUM_APP_SLOTS.map((slot) => ({
      id: `in-${slot}`,
      name: `In ${slot}`,
      slot,
      ui: { type: 'text', data: `Plugin in ${slot}` },
    })),
    // Written for the Invenicum app: its full-page route replaces {{userName}} with the user's name.
    {
      id: 'hola-invenicum',
      name: 'Hola (Invenicum)',
      slot: 'dashboard_top',
      ui: { type: 'text', data: 'Hola, {{userName}}!' },
    },
    // Written for stac-web: the user is an object in the scope.
    {
      id: 'hola-stac-web',
      name: 'Hola (stac-web)',
      slot: 'dashboard_top',
      ui: { type: 'text', data: 'Hola, <<user.name>>!' },
    },
    { id: 'switched-off', name: 'Switched off', slot: 'dashboard_top', ui: { type: 'text', data: 'Off' } },
  ],
  installs: [
    ...INVENICUM_APP_SLOTS.map((slot) => ({ username: 'alice', pluginId: `in-${slot}` })),
    { username: 'alice', pluginId: 'hola-invenicum' },
    { username: 'alice', pluginId: 'hola-stac-web' },
    { username: 'alice', pluginId: 'switched-off', isActive: false },
  ],
};

describe('the Invenicum app’s slots and scope on our pages', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    api.reset(seed);
  });

  it('renders plugins in dashboard_top, dashboard_bottom and left_sidebar on the dashboard', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    for (const slot of ['dashboard_top', 'dashboard_bottom', 'left_sidebar'])
      expect(await screen.findByText(`Plugin in ${slot}`)).toBeInTheDocument();
    expect(screen.queryByText('Plugin in inventory_header')).not.toBeInTheDocument();
  });

  it('renders inventory_header plugins on the inventory page', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/assets' });
    const header = await screen.findByRole('region', { name: 'Plugins: inventory header' });
    expect(within(header).getByText('Plugin in inventory_header')).toBeInTheDocument();
  });

  it('renders the same text for a plugin written for either host', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/' });
    const invenicum = await screen.findByRole('group', { name: 'Plugin: Hola (Invenicum)' });
    const ours = await screen.findByRole('group', { name: 'Plugin: Hola (stac-web)' });
    expect(await within(invenicum).findByText('Hola, Alice Moreau!')).toBeInTheDocument();
    expect(within(ours).getByText('Hola, Alice Moreau!')).toBeInTheDocument();
  });

  it('opens an installed plugin on its own page at /plugins/:pluginId, {{userName}} filled', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/plugins/hola-invenicum' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hola (Invenicum)' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(await within(main).findByText('Hola, Alice Moreau!')).toBeInTheDocument();
  });

  it('says so when the plugin of a page is not installed, or switched off', async () => {
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/plugins/nope',
    });
    expect(await screen.findByText('This plugin is not installed.')).toBeInTheDocument();
    await router.navigate('/plugins/switched-off');
    expect(await screen.findByText('This plugin is turned off.')).toBeInTheDocument();
    expect(screen.queryByText('Off')).not.toBeInTheDocument();
  });
});
