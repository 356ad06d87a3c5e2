import { QueryClient } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import {
  ApiClientProvider,
  authKeys,
  pluginKeys,
  useApiClient,
  useCommunityPlugins,
  useCreatePlugin,
  useDeletePlugin,
  useInstallPlugin,
  useInstalledPlugins,
  useLogin,
  useLogout,
  useMe,
  useTogglePlugin,
  useUninstallPlugin,
  useUpdateInstalledPlugin,
  useUpdatePlugin,
  type ApiClient,
} from '../../src/api-client';
import { setupMockApiServer, setupMockApi } from './mockApiServer';
import { createGate } from '../support/gate';

const server = setupMockApiServer();

function newQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

function wrapperFor(client: ApiClient, queryClient = newQueryClient()) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <ApiClientProvider client={client} queryClient={queryClient}>
        {children}
      </ApiClientProvider>
    );
  };
}

/** The smallest installed-plugins screen: one switch per plugin, and the error of the last toggle. */
function InstalledSwitches() {
  const installed = useInstalledPlugins();
  const toggle = useTogglePlugin();
  if (!installed.data) return <p>Loading</p>;
  return (
    <div>
      {installed.data.map((plugin) => (
        <label key={plugin.id}>
          <input
            type="checkbox"
            role="switch"
            checked={plugin.isActive}
            onChange={(event) => toggle.mutate({ pluginId: plugin.id, isActive: event.target.checked })}
          />
          {plugin.name}
        </label>
      ))}
      {toggle.error && <p role="alert">{toggle.error.message}</p>}
    </div>
  );
}

describe('useTogglePlugin', () => {
  it('flips the switch at once and keeps it when the server agrees', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'alice', handlers: { latencyMs: 80 } });
    render(<InstalledSwitches />, { wrapper: wrapperFor(client) });
    const stockPulse = await screen.findByRole('switch', { name: 'Stock Pulse' });
    expect(stockPulse).toBeChecked();

    await userEvent.click(stockPulse);
    expect(stockPulse).not.toBeChecked();
    await waitFor(() =>
      expect(db.installs.get(`${db.findUser('alice')!.id}:stock-pulse`)?.isActive).toBe(false),
    );
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Stock Pulse' })).not.toBeChecked());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('flips back and shows why when the server refuses', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    // The refusal comes only once the test has seen the optimistic flip.
    const answer = createGate();
    server.use(
      http.put('*/api/v1/plugins/user/toggle', async () => {
        await answer.opened;
        return HttpResponse.json(
          {
            success: false,
            error: 'PLUGIN_NOT_FOUND',
            message: 'Installed plugin "stock-pulse" was not found.',
          },
          { status: 404 },
        );
      }),
    );
    render(<InstalledSwitches />, { wrapper: wrapperFor(client) });
    const stockPulse = await screen.findByRole('switch', { name: 'Stock Pulse' });
    // The refetch after the failure hangs, so only the rollback can bring the switch back.
    server.use(http.get('*/api/v1/plugins/installed', () => delay('infinite')));

    await userEvent.click(stockPulse);
    expect(stockPulse).not.toBeChecked();
    answer.open();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Installed plugin "stock-pulse" was not found.',
    );
    expect(screen.getByRole('switch', { name: 'Stock Pulse' })).toBeChecked();
  });
});

describe('plugin mutations update the caches', () => {
  it('install marks the plugin installed in the community list and adds it to the installed list', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'bob' });
    const queryClient = newQueryClient();
    const { result } = renderHook(
      () => ({
        community: useCommunityPlugins(),
        installed: useInstalledPlugins(),
        install: useInstallPlugin(),
      }),
      { wrapper: wrapperFor(client, queryClient) },
    );
    await waitFor(() => expect(result.current.community.data && result.current.installed.data).toBeTruthy());
    expect(result.current.community.data?.find((p) => p.id === 'reorder-helper')?.isInstalled).toBe(false);

    await result.current.install.mutateAsync({ id: 'reorder-helper', acceptPermissions: ['asset:read'] });
    await waitFor(() =>
      expect(result.current.community.data?.find((p) => p.id === 'reorder-helper')?.isInstalled).toBe(true),
    );
    await waitFor(() => expect(result.current.installed.data?.map((p) => p.id)).toContain('reorder-helper'));
  });

  it('uninstall removes it from the installed list', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const { result } = renderHook(
      () => ({ installed: useInstalledPlugins(), uninstall: useUninstallPlugin() }),
      {
        wrapper: wrapperFor(client),
      },
    );
    await waitFor(() => expect(result.current.installed.data).toBeDefined());
    await result.current.uninstall.mutateAsync('asset-tags');
    await waitFor(() => expect(result.current.installed.data?.map((p) => p.id)).not.toContain('asset-tags'));
  });

  it('update-to-latest clears hasUpdate', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const { result } = renderHook(
      () => ({ installed: useInstalledPlugins(), update: useUpdateInstalledPlugin() }),
      {
        wrapper: wrapperFor(client),
      },
    );
    await waitFor(() =>
      expect(result.current.installed.data?.find((p) => p.id === 'bob-loan-tracker')?.hasUpdate).toBe(true),
    );
    await result.current.update.mutateAsync('bob-loan-tracker');
    await waitFor(() =>
      expect(result.current.installed.data?.find((p) => p.id === 'bob-loan-tracker')?.hasUpdate).toBe(false),
    );
  });

  it('create, update and delete keep the community list current', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const { result } = renderHook(
      () => ({
        community: useCommunityPlugins(),
        create: useCreatePlugin(),
        update: useUpdatePlugin(),
        remove: useDeletePlugin(),
      }),
      { wrapper: wrapperFor(client) },
    );
    await waitFor(() => expect(result.current.community.data).toBeDefined());
    const created = await result.current.create.mutateAsync({
      name: 'Hook Made',
      version: '1.0.0',
      slot: 'dashboard_top',
      ui: { type: 'text', data: 'x' },
    });
    await waitFor(() => expect(result.current.community.data?.map((p) => p.id)).toContain(created.id));

    await result.current.update.mutateAsync({
      pluginId: created.id,
      body: { version: '2.0.0', name: 'Hook Made 2' },
    });
    await waitFor(() =>
      expect(result.current.community.data?.find((p) => p.id === created.id)?.version).toBe('2.0.0'),
    );
    expect(result.current.community.data?.find((p) => p.id === created.id)?.name).toBe('Hook Made 2');

    await result.current.remove.mutateAsync({ pluginId: created.id, deleteFromGitHub: false });
    await waitFor(() => expect(result.current.community.data?.map((p) => p.id)).not.toContain(created.id));
  });
});

describe('session hooks', () => {
  it('useMe is null without a session, the user after login, and null again after logout', async () => {
    const { client } = setupMockApi(server);
    const queryClient = newQueryClient();
    const { result } = renderHook(() => ({ me: useMe(), login: useLogin(), logout: useLogout() }), {
      wrapper: wrapperFor(client, queryClient),
    });
    await waitFor(() => expect(result.current.me.isSuccess).toBe(true));
    expect(result.current.me.data).toBeNull();

    await result.current.login.mutateAsync({ username: 'bob', password: 'bob-demo' });
    await waitFor(() => expect(result.current.me.data?.username).toBe('bob'));

    queryClient.setQueryData(pluginKeys.installed(), []);
    await result.current.logout.mutateAsync();
    await waitFor(() => expect(result.current.me.data).toBeNull());
    expect(queryClient.getQueryData(pluginKeys.installed())).toBeUndefined();
    expect(client.isAuthenticated()).toBe(false);
  });

  it('a 401 anywhere signs the user out of the cache', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'alice' });
    const queryClient = newQueryClient();
    const { result } = renderHook(
      () => ({ me: useMe(), installed: useInstalledPlugins({ enabled: false }) }),
      {
        wrapper: wrapperFor(client, queryClient),
      },
    );
    await waitFor(() => expect(result.current.me.data?.username).toBe('alice'));
    db.sessions.clear();
    await expect(result.current.installed.refetch({ throwOnError: true })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await waitFor(() => expect(queryClient.getQueryData(authKeys.me())).toBeNull());
  });

  it('useApiClient outside the provider says where it belongs', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useApiClient())).toThrow(
      '`useApiClient` must be used within `ApiClientProvider`.',
    );
    consoleError.mockRestore();
  });
});
