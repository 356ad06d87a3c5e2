import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();
const GOOD_URL = 'https://raw.githubusercontent.com/carol/plugins/main/shelf.stac.json';
const BAD_URL = 'https://raw.githubusercontent.com/carol/plugins/main/broken.stac.json';

describe('preview from URL', () => {
  beforeEach(() => {
    api.reset({
      plugins: [],
      remoteFiles: {
        [GOOD_URL]: {
          id: 'shelf-label',
          name: 'Shelf label',
          version: '0.3.0',
          slot: 'asset_detail',
          ui: { type: 'text', data: 'Shelf of <<asset.name>>: <<asset.location>>' },
        },
        [BAD_URL]: {
          id: 'broken',
          name: 'Broken',
          version: '1.0.0',
          slot: 'asset_detail',
          ui: { type: 'column', children: [{ type: 'txet', data: 'oops' }] },
        },
      },
    });
  });

  it('previews a plugin file, lists what it reads, and installs it', async () => {
    const user = userEvent.setup();
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/preview' });
    await user.type(await screen.findByLabelText('Plugin file URL'), GOOD_URL);
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(await screen.findByRole('heading', { name: 'Shelf label' })).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Live preview' });
    expect(
      await within(preview).findByText('Shelf of Sample camera (Canon AE-1): Shelf B-2'),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Data it reads' })).toHaveTextContent('asset.location');
    expect(screen.getByText('No problems found.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Install' }));
    expect(await screen.findByRole('button', { name: 'Installed' })).toBeDisabled();
    expect(api.current().db.installs.get('1:shelf-label')?.version).toBe('0.3.0');
  });

  it('shows the issues of a broken file and does not offer to install it', async () => {
    const user = userEvent.setup();
    renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: `/marketplace/preview?url=${encodeURIComponent(BAD_URL)}`,
    });
    expect(await screen.findByRole('heading', { name: 'Broken' })).toBeInTheDocument();
    expect(screen.getByText(/This file has errors/)).toBeInTheDocument();
    expect(screen.getByText('ui.children[0]')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Install' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Install' }));
    expect(api.current().db.installs.size).toBe(0);
  });

  it('points to the installed list instead of offering to install a plugin the user already has', async () => {
    api.reset({
      plugins: [
        {
          id: 'shelf-label',
          name: 'Shelf label',
          version: '0.3.0',
          slot: 'asset_detail',
          ui: { type: 'text', data: 'Shelf' },
        },
      ],
      installs: [{ username: 'alice', pluginId: 'shelf-label' }],
      remoteFiles: {
        [GOOD_URL]: {
          id: 'shelf-label',
          name: 'Shelf label',
          version: '0.3.0',
          slot: 'asset_detail',
          ui: { type: 'text', data: 'Shelf' },
        },
      },
    });
    const user = userEvent.setup();
    const { router } = renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: `/marketplace/preview?url=${encodeURIComponent(GOOD_URL)}`,
    });
    expect(await screen.findByRole('heading', { name: 'Shelf label' })).toBeInTheDocument();
    const manage = await screen.findByRole('link', { name: 'Already installed: manage' });
    expect(screen.queryByRole('button', { name: 'Install' })).not.toBeInTheDocument();
    await user.click(manage);
    expect(router.state.location.pathname).toBe('/marketplace/installed');
  });

  it('asks the user to allow what a file asks for before installing it, and installs nothing on no', async () => {
    const ASKING_URL = 'https://raw.githubusercontent.com/carol/plugins/main/value.stac.json';
    api.reset({
      plugins: [],
      remoteFiles: {
        [ASKING_URL]: {
          id: 'shelf-value',
          name: 'Shelf value',
          version: '1.0.0',
          slot: 'dashboard_top',
          permissions: ['inventory:read'],
          ui: { type: 'text', data: '<<inventory.totalValue>> in stock' },
        },
      },
    });
    const user = userEvent.setup();
    renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: `/marketplace/preview?url=${encodeURIComponent(ASKING_URL)}`,
    });
    expect(await screen.findByRole('heading', { name: 'Shelf value' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Install' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Install “Shelf value”?' });
    expect(within(dialog).getByText(/inventory:read/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.current().db.installs.size).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Install' }));
    dialog = await screen.findByRole('alertdialog', { name: 'Install “Shelf value”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Allow and install' }));
    expect(await screen.findByRole('button', { name: 'Installed' })).toBeDisabled();
    expect(api.current().db.installs.get('1:shelf-value')?.consent).toEqual(['inventory:read']);
  });

  it('says which plugin a file needs when it is not installed, and installs nothing', async () => {
    const NEEDY_URL = 'https://raw.githubusercontent.com/carol/plugins/main/needy.stac.json';
    api.reset({
      plugins: [],
      remoteFiles: {
        [NEEDY_URL]: {
          id: 'label-extras',
          name: 'Label extras',
          version: '1.0.0',
          slot: 'asset_detail',
          dependencies: [{ id: 'label-kit', version: '^1.0.0' }],
          ui: { type: 'text', data: 'Extras' },
        },
      },
    });
    const user = userEvent.setup();
    renderWithApp({
      db: api.current().db,
      routes: createAppRoutes(),
      path: `/marketplace/preview?url=${encodeURIComponent(NEEDY_URL)}`,
    });
    expect(await screen.findByRole('heading', { name: 'Label extras' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Install' }));
    expect(await screen.findByText(/label-kit/)).toBeVisible();
    expect(api.current().db.installs.size).toBe(0);
  });
});
