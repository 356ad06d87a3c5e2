import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockDatabaseSeed } from '../../mocks/plugin-api';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();

const seed: MockDatabaseSeed = {
  plugins: [
    {
      id: 'asset-greeter',
      name: 'Asset greeter',
      author: 'carol',
      description: 'Greets the asset by name',
      slot: 'asset_detail',
      version: '1.4.0',
      downloadCount: 41,
      ui: {
        type: 'column',
        children: [
          { type: 'text', data: 'Hi <<asset.name>>, I am <<user.name>>' },
          { type: 'image', src: 'https://cdn.example.com/wave.png' },
          {
            type: 'elevatedButton',
            child: { type: 'text', data: 'Who am I?' },
            onPressed: { actionType: 'invenicum_sdk', method: 'getUserName', params: {} },
          },
        ],
      },
    },
  ],
};

describe('plugin detail page', () => {
  beforeEach(() => {
    api.reset(seed);
  });

  it('shows the metadata, a preview bound to sample data, the validation report and what it can access', async () => {
    renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace/plugins/asset-greeter',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Asset greeter' })).toBeInTheDocument();
    expect(
      screen.getByText(/by carol · version 1\.4\.0 · Asset detail slot · 41 downloads/),
    ).toBeInTheDocument();

    const preview = screen.getByRole('region', { name: 'Live preview' });
    expect(
      await within(preview).findByText('Hi Sample camera (Canon AE-1), I am Mona Octocat'),
    ).toBeInTheDocument();

    const access = screen
      .getByRole('heading', { name: 'What it can access' })
      .closest('section') as HTMLElement;
    const reads = within(access).getByRole('list', { name: 'Data it reads' });
    expect(
      within(reads)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['asset.name', 'user.name']);
    expect(within(access).getByText('Read your user name (getUserName)')).toBeInTheDocument();
    expect(within(access).getByRole('list', { name: 'External addresses' })).toHaveTextContent(
      'Loads https://cdn.example.com/wave.png',
    );
    expect(screen.getByText('No problems found.')).toBeInTheDocument();
  });

  it('installs the plugin and then offers to switch it off instead', async () => {
    const user = userEvent.setup();
    renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: '/marketplace/plugins/asset-greeter',
    });
    await user.click(await screen.findByRole('button', { name: 'Install' }));
    expect(
      await screen.findByText('Installed “Asset greeter”. It now shows in the asset detail slot.'),
    ).toBeInTheDocument();
    const toggle = await screen.findByRole('switch', { name: 'Enabled' });
    expect(toggle).toBeChecked();
    expect(api.current().db.installs.get('1:asset-greeter')?.version).toBe('1.4.0');

    await user.click(toggle);
    await waitFor(() => expect(api.current().db.installs.get('1:asset-greeter')?.isActive).toBe(false));
    expect(screen.getByRole('switch', { name: 'Disabled' })).not.toBeChecked();
  });
});
