import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, delay, http } from 'msw';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();

const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'stock-desk',
      name: 'Stock Desk',
      slot: 'dashboard_top',
      version: '1.0.0',
      permissions: ['inventory:read'],
      ui: { type: 'text', data: '<<inventory.lowStockCount>> low' },
      mcp: {
        tools: [{ name: 'low_stock', description: 'Lists low items.', action: { method: 'lowStockReport' } }],
        resources: [{ name: 'inventory', description: 'The summary.', data: 'inventory' }],
      },
    },
    {
      id: 'clock',
      name: 'Clock',
      slot: 'dashboard_top',
      version: '1.0.0',
      ui: { type: 'text', data: '12:00' },
    },
  ],
  installs: [
    { username: 'alice', pluginId: 'stock-desk' },
    { username: 'alice', pluginId: 'clock' },
  ],
};

const mcpOf = () => api.current().db.installs.get('1:stock-desk')?.mcpEnabled;

describe('the AI assistants switch on an installed plugin', () => {
  beforeEach(() => {
    api.reset(seed);
  });

  it('shows where the exposure stands and switches it off by keyboard; the server follows', async () => {
    const user = userEvent.setup();
    api.current().server.use(
      http.put('*/api/v1/plugins/user/mcp', async () => {
        await delay(200);
        return undefined;
      }),
    );
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
    const row = await screen.findByRole('article', { name: 'Stock Desk' });
    const toggle = within(row).getByRole('switch', { name: 'Offer Stock Desk to AI assistants' });
    expect(toggle).toBeChecked();
    expect(row).toHaveTextContent('1 tool and 1 resource for your AI assistants (MCP).');

    toggle.focus();
    await user.keyboard(' ');
    // At once (optimistic), then on the server.
    expect(toggle).not.toBeChecked();
    expect(row).toHaveTextContent('Hidden from your AI assistants; the plugin keeps working here.');
    await waitFor(() => expect(mcpOf()).toBe(false));
    expect(toggle).not.toBeChecked();
    // The plugin itself stays on.
    expect(within(row).getByRole('switch', { name: 'Enable Stock Desk' })).toBeChecked();
  });

  it('moves back and says why when the server refuses', async () => {
    const user = userEvent.setup();
    api.current().server.use(
      http.put('*/api/v1/plugins/user/mcp', () =>
        HttpResponse.json(
          {
            success: false,
            error: 'PLUGIN_NOT_FOUND',
            message: 'Installed plugin "stock-desk" was not found.',
          },
          { status: 404 },
        ),
      ),
    );
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
    const row = await screen.findByRole('article', { name: 'Stock Desk' });
    const toggle = within(row).getByRole('switch', { name: 'Offer Stock Desk to AI assistants' });
    await user.click(toggle);
    expect(
      await screen.findByText(/Could not change what assistants see of “Stock Desk”/, { exact: false }),
    ).toBeVisible();
    await waitFor(() => expect(toggle).toBeChecked());
    expect(mcpOf()).not.toBe(false);
  });

  it('is not offered for a plugin without MCP tools or resources', async () => {
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
    const row = await screen.findByRole('article', { name: 'Clock' });
    expect(within(row).queryByRole('switch', { name: /AI assistants/ })).toBeNull();
    expect(within(row).getByRole('switch', { name: 'Enable Clock' })).toBeInTheDocument();
  });
});
