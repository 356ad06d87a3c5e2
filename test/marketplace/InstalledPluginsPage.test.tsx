import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';
import { createGate } from '../support/gate';

const api = setupMockApi();

const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'counter',
      name: 'Counter',
      slot: 'dashboard_top',
      version: '2.0.0',
      ui: { type: 'text', data: 'Counter two' },
      olderVersions: [{ version: '1.0.0', ui: { type: 'text', data: 'Counter one' } }],
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
    { username: 'alice', pluginId: 'counter', version: '1.0.0' },
    { username: 'alice', pluginId: 'clock' },
  ],
};

describe('installed plugins page', () => {
  beforeEach(() => {
    api.reset(seed);
  });

  it('switches a plugin at once (optimistic) and the server follows', async () => {
    const user = userEvent.setup();
    // The server answers only once the test has seen the switch flip before it.
    const answer = createGate();
    api.current().server.use(
      http.put('*/api/v1/plugins/user/toggle', async () => {
        await answer.opened;
        return undefined;
      }),
    );
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
    const toggle = await screen.findByRole('switch', { name: 'Enable Clock' });
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(api.current().db.installs.get('1:clock')?.isActive).toBe(true);
    answer.open();
    await waitFor(() => expect(api.current().db.installs.get('1:clock')?.isActive).toBe(false));
    expect(toggle).not.toBeChecked();
  });

  it('previews the installed and the latest version side by side, then updates', async () => {
    const user = userEvent.setup();
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
    const row = await screen.findByRole('article', { name: 'Counter' });
    expect(within(row).getByText('2.0.0 available')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Review update' }));
    expect(await within(row).findByRole('region', { name: 'Installed version 1.0.0' })).toHaveTextContent(
      'Counter one',
    );
    expect(within(row).getByRole('region', { name: 'Latest version 2.0.0' })).toHaveTextContent(
      'Counter two',
    );
    await user.click(within(row).getByRole('button', { name: 'Update to 2.0.0' }));
    expect(await within(row).findByText(/^v2\.0\.0/)).toBeInTheDocument();
    expect(api.current().db.installs.get('1:counter')?.version).toBe('2.0.0');
    expect(screen.queryByRole('button', { name: /Update all/ })).not.toBeInTheDocument();
  });

  it('updates every plugin with an update in one go', async () => {
    const user = userEvent.setup();
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
    await user.click(await screen.findByRole('button', { name: 'Update all (1)' }));
    expect(await screen.findByText('Updated 1 plugin.')).toBeInTheDocument();
    expect(api.current().db.installs.get('1:counter')?.version).toBe('2.0.0');
  });

  it('uninstalls only after the user confirms', async () => {
    const user = userEvent.setup();
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
    const row = await screen.findByRole('article', { name: 'Clock' });

    await user.click(within(row).getByRole('button', { name: 'Uninstall' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Uninstall “Clock”?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.current().db.installs.has('1:clock')).toBe(true);

    await user.click(within(row).getByRole('button', { name: 'Uninstall' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Uninstall' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Clock' })).not.toBeInTheDocument());
    expect(api.current().db.installs.has('1:clock')).toBe(false);
    // The row is gone by then; the confirmation must still reach the user.
    expect(await screen.findByText('Uninstalled “Clock”.')).toBeInTheDocument();
    // Focus does not fall to <body> with the removed row.
    expect(screen.getByRole('heading', { level: 1, name: 'Installed plugins' })).toHaveFocus();
  });
});
