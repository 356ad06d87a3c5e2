// @vitest-environment node
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, createApiClient, shouldRetryApiError, type ApiClient } from '../../src/api-client';
import {
  MARKET_INDEX_URL,
  marketFileUrl,
  startInvenicumCompatServer,
  type CompatServer,
} from '../support/invenicumCompatServer';
import { ANA, CARLOS, seedInvenicum } from '../support/invenicumSeed';

let server: CompatServer;

beforeEach(async () => {
  await server?.close();
  server = await startInvenicumCompatServer({ seed: seedInvenicum });
});

afterAll(async () => {
  await server?.close();
});

function client(profile: 'invenicum' | 'auto' | 'reference' = 'invenicum'): ApiClient {
  return createApiClient({ baseUrl: server.apiUrl, profile, fetch: globalThis.fetch });
}

async function signedIn(who = ANA, profile: 'invenicum' | 'auto' = 'invenicum') {
  const api = client(profile);
  await api.login(who.email, who.password);
  return api;
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const lastRequest = (method: string, path: string) =>
  server.state.requests.filter((request) => request.method === method && request.path === path).at(-1);

describe('signing in to a real Invenicum backend', () => {
  it('signs in with the e-mail of an account that has no user name, and shows it by name', async () => {
    const api = client();
    const result = await api.login(ANA.email, ANA.password);
    expect(result.user).toMatchObject({ username: ANA.email, name: ANA.name, email: ANA.email });
    expect(api.isAuthenticated()).toBe(true);
    expect(await api.me()).toMatchObject({ id: '1', username: ANA.email, name: ANA.name });
  });

  it('detects the backend by itself when the profile is auto', async () => {
    const api = client('auto');
    expect(api.profile).toBe('auto');
    await api.login(ANA.email, ANA.password);
    expect(api.profile).toBe('invenicum');
    expect((await api.getInstalledPlugins()).map((plugin) => plugin.id)).toEqual(['resumen']);
  });

  it('says the e-mail or password is wrong, in English, and keeps no token', async () => {
    const api = client();
    const error = await rejection(api.login(ANA.email, 'nope'));
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.message).toMatch(/Wrong e-mail or password/);
    expect(api.isAuthenticated()).toBe(false);
  });

  it('turns the Spanish "no token" answer into UNAUTHENTICATED with a way out', async () => {
    const error = await rejection(client().getInstalledPlugins());
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/not signed in.*Sign in/i);
    expect(error.message).not.toMatch(/Token no proporcionado/);
  });

  it('has no demo accounts to offer', async () => {
    expect(await client().getDemoInfo()).toEqual({ enabled: false, users: [] });
  });
});

describe('plugins on a real Invenicum backend', () => {
  it('lists the market with what the user installed, which the backend leaves out of /community', async () => {
    const api = await signedIn();
    const plugins = await api.getCommunityPlugins();
    const resumen = plugins.find((plugin) => plugin.id === 'resumen');
    expect(resumen).toMatchObject({ isInstalled: true, installedVersion: '1.0.0', version: '2.0.0' });
    // The installed row only has its own ui: the latest one comes from the market, for review before updating.
    expect(resumen?.ui).toEqual({ type: 'text', data: 'Resumen v2 for <<user.name>>' });
    // The real catalog's file has no version: the app reads it as 1.0.0.
    expect(plugins.find((plugin) => plugin.id === 'quien_soy')).toMatchObject({
      version: '1.0.0',
      isInstalled: false,
      isOfficial: true,
    });
    expect(plugins.find((plugin) => plugin.id === 'documento_simple')?.ui).toEqual({
      type: 'text',
      data: 'A bare STAC document',
    });
    const installed = await api.getInstalledPlugins();
    expect(installed).toHaveLength(1);
    expect(installed[0]).toMatchObject({
      id: 'resumen',
      hasUpdate: true,
      latestVersion: '2.0.0',
      isActive: true,
    });
  });

  it('installs by sending the whole record, and refuses a second install as our API does', async () => {
    const api = await signedIn();
    await api.installPlugin({ id: 'saludo' });
    const sent = lastRequest('POST', '/api/v1/plugins/install')?.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      id: 'saludo',
      name: 'Saludo',
      version: '1.0.0',
      slot: 'inventory_header',
      ui: { type: 'text', data: 'Hola, {{userName}}' },
      download_url: marketFileUrl('saludo'),
    });
    const installed = await api.getInstalledPlugins();
    expect(installed.find((plugin) => plugin.id === 'saludo')).toMatchObject({ slot: 'inventory_header' });

    const again = await rejection(api.installPlugin({ id: 'saludo' }));
    expect(again).toMatchObject({ status: 409, code: 'ALREADY_INSTALLED' });
  });

  it('installs a bare STAC document from its URL', async () => {
    const api = await signedIn();
    const url = marketFileUrl('documento_simple');
    const preview = await api.previewPluginStac(url);
    expect(preview).toMatchObject({ name: 'documento_simple', version: '1.0.0', valid: true });
    await api.installPlugin({ id: 'mi_documento', download_url: url });
    const installed = (await api.getInstalledPlugins()).find((plugin) => plugin.id === 'mi_documento');
    expect(installed).toMatchObject({
      slot: 'dashboard_top',
      ui: { type: 'text', data: 'A bare STAC document' },
    });
  });

  it('toggles, and reads the refusal for a plugin that is not installed as such, without retrying', async () => {
    const api = await signedIn();
    expect(await api.togglePlugin('resumen', false)).toMatchObject({ isActive: false });
    expect((await api.getInstalledPlugins())[0].isActive).toBe(false);

    const error = await rejection(api.togglePlugin('otro_mas', true));
    expect(error).toMatchObject({ status: 500, code: 'PLUGIN_NOT_FOUND', isTransient: false });
    expect(shouldRetryApiError(0, error)).toBe(false);
  });

  it('updates through install with the latest file, since the backend has no update route', async () => {
    const api = await signedIn();
    const result = await api.updateInstalledPlugin('resumen');
    expect(result.version).toBe('2.0.0');
    const resumen = (await api.getInstalledPlugins()).find((plugin) => plugin.id === 'resumen');
    expect(resumen).toMatchObject({ version: '2.0.0', hasUpdate: false, slot: 'dashboard_bottom' });
    expect(resumen?.ui).toEqual({ type: 'text', data: 'Resumen v2 for <<user.name>>' });
    expect(server.state.requests.some((request) => request.path.endsWith('/plugins/user/update'))).toBe(
      false,
    );
    expect(lastRequest('GET', '/api/v1/plugins/preview-stac')).toBeDefined();
    expect(server.state.github.has(MARKET_INDEX_URL)).toBe(true);
  });

  it('uninstalls, and a second uninstall is a refusal shown at once', async () => {
    const api = await signedIn();
    await api.uninstallPlugin('resumen');
    expect(await api.getInstalledPlugins()).toEqual([]);
    const error = await rejection(api.uninstallPlugin('resumen'));
    expect(error).toMatchObject({ code: 'PLUGIN_NOT_FOUND', isTransient: false });
    expect(error.message).toMatch(/not installed/);
  });

  it('creates by proposing a pull request, which needs a linked GitHub account', async () => {
    const ana = await signedIn();
    const body = {
      name: 'Mi Plugin',
      version: '1.0.0',
      slot: 'dashboard_top',
      ui: { type: 'text', data: 'Hi' },
    };
    const refused = await rejection(ana.createPlugin(body));
    expect(refused).toMatchObject({ code: 'GITHUB_NOT_LINKED', isTransient: false });
    expect(refused.message).toMatch(/Link GitHub/);

    const carlos = await signedIn(CARLOS);
    const result = await carlos.createPlugin(body);
    expect(result).toMatchObject({
      id: 'mi_plugin',
      submittedForReview: true,
      pullRequestUrl: 'https://github.com/lopiv2/invenicum-market-repository/pull/1',
    });
    expect(server.state.pullRequests[0].file).toMatchObject({ id: 'mi_plugin', author: 'carlos-dev' });
  });

  it('edits by proposing a pull request; the backend loses its link, the user is told where to look', async () => {
    const carlos = await signedIn(CARLOS);
    const result = await carlos.updatePlugin('carlos_notes', { version: '1.1.0', description: 'More notes' });
    expect(result).toMatchObject({
      id: 'carlos_notes',
      version: '1.1.0',
      submittedForReview: true,
      pullRequestUrl: 'https://github.com/lopiv2/invenicum-market-repository/pulls',
    });
    expect(result.reviewNote).toMatch(/did not return its link/);
    // The validator wants name, slot and ui on every edit: the client filled them from the current record.
    expect(server.state.pullRequests[0].file).toMatchObject({
      id: 'carlos_notes',
      name: 'Carlos Notes',
      slot: 'dashboard_top',
      version: '1.1.0',
      ui: { type: 'text', data: 'Notes by Carlos' },
    });
  });

  it('deletes only the author’s own plugin; the refusal (a 500 there) is PERMISSION_DENIED', async () => {
    const ana = await signedIn();
    const refused = await rejection(ana.deletePlugin('carlos_notes'));
    expect(refused).toMatchObject({ status: 500, code: 'PERMISSION_DENIED', isTransient: false });
    const carlos = await signedIn(CARLOS);
    await carlos.deletePlugin('carlos_notes');
    expect(server.state.plugins.has('carlos_notes')).toBe(false);
  });

  it('previews only what the backend may fetch, and says so', async () => {
    const api = await signedIn();
    const error = await rejection(api.previewPluginStac('https://example.com/plugin.json'));
    expect(error).toMatchObject({ code: 'FETCH_FAILED', isTransient: false });
    expect(error.message).toMatch(/raw\.githubusercontent\.com/);
  });
});

describe('the inventory of a real Invenicum backend as assets', () => {
  it('reads GET /items into assets with low stock, location, category and absolute images', async () => {
    const api = await signedIn();
    const assets = await api.getAssets();
    expect(assets.map((asset) => asset.name)).toEqual([
      'Casco de seguridad',
      'Portátil de campo',
      'Taladro percutor',
    ]);
    const drill = assets.find((asset) => asset.id === '11');
    expect(drill).toMatchObject({
      location: 'Taller · Estante 2',
      category: 'Herramientas',
      quantity: 1,
      minStock: 2,
      isLowStock: true,
      value: 149.5,
      currency: 'EUR',
      imageUrl: `${server.url}/images/item-11-a.png`,
    });
    expect(await api.getAsset('12')).toMatchObject({ name: 'Casco de seguridad', isLowStock: false });
    const missing = await rejection(api.getAsset('999'));
    expect(missing).toMatchObject({ status: 404, code: 'ASSET_NOT_FOUND' });
  });
});

describe('the reference profile against a real Invenicum backend', () => {
  it('fails on the routes Invenicum does not have, which is why the profile exists', async () => {
    const api = client('reference');
    const error = await rejection(api.login(ANA.email, ANA.password));
    // Our contract needs a user name; a real account made at setup has none.
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(api.isAuthenticated()).toBe(false);
  });
});

describe('plugin jobs on a real Invenicum backend', () => {
  it('reports jobs as unsupported without asking the backend, and refuses job calls saying why', async () => {
    const api = await signedIn();
    const before = server.state.requests.length;
    expect(await api.getPluginJobs()).toEqual({ supported: false, jobs: [] });
    expect(server.state.requests.length).toBe(before);
    const error = await rejection(api.runPluginJob('resumen', 'daily'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('does not run plugin jobs');
    expect(error.isTransient).toBe(false);
  });

  it('refuses asset edits without asking the backend, saying where to edit instead', async () => {
    const api = await signedIn();
    const before = server.state.requests.length;
    const error = await rejection(api.updateAsset('1', { quantity: 2 }));
    expect(error.code).toBe('NOT_SUPPORTED');
    expect(error.message).toContain('edit the item in the Invenicum app');
    expect(server.state.requests.length).toBe(before);
  });
});

describe('MCP and plugin folders on a real Invenicum backend', () => {
  it('answers NOT_SUPPORTED for the MCP switch and the folders report without asking the backend', async () => {
    const api = await signedIn();
    const before = server.state.requests.length;
    const mcp = await rejection(api.setPluginMcp('resumen', false));
    expect(mcp.code).toBe('NOT_SUPPORTED');
    expect(mcp.message).toContain('no MCP endpoint');
    expect(mcp.isTransient).toBe(false);
    for (const call of [api.getCatalogFolders(), api.rescanCatalogFolders()]) {
      const error = await rejection(call);
      expect(error.code).toBe('NOT_SUPPORTED');
      expect(error.message).toContain('no plugin folders');
    }
    expect(server.state.requests.length).toBe(before);
  });
});
