import { sql } from 'kysely';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from './helpers/testServer';

interface PluginView {
  id: string;
  name: string;
  author: string;
  version: string;
  latestVersion: string;
  hasUpdate: boolean;
  isMine: boolean;
  isOfficial: boolean;
  isActive?: boolean;
  isInstalled?: boolean;
  downloadCount: number;
  slot: string;
  ui: Record<string, unknown>;
  surfaces?: Record<string, unknown>;
}

let server: TestServer;
let alice: string;
let bob: string;

const ui = (data: string) => ({ type: 'column', children: [{ type: 'text', data }] });

const community = async (token: string) =>
  (await callApi<PluginView[]>(server.url, 'GET', '/plugins/community', { token })).body;
const installed = async (token: string) =>
  (await callApi<PluginView[]>(server.url, 'GET', '/plugins/installed', { token })).body;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = await Promise.all([signInAlice(server.url), signInBob(server.url)]);
}, 30_000);

afterAll(() => server.stop());

describe('community catalog', () => {
  it('lists the seeded catalog with ui for preview, author flags and download counts', async () => {
    const list = await community(alice);
    expect(list.length).toBeGreaterThanOrEqual(17);
    const ids = list.map((plugin) => plugin.id);
    expect(ids).toEqual(
      expect.arrayContaining(['otro_mas', 'prueba', 'quien_soy', 'reloj_digital', 'bob-loan-tracker']),
    );
    expect(new Set(list.map((plugin) => plugin.slot))).toEqual(new Set(['dashboard_top', 'asset_detail']));
    // Every plugin carries its document: one `ui`, or a composite plugin's `surfaces` (no `ui` then).
    for (const plugin of list) {
      if (plugin.surfaces) expect(Object.values(plugin.surfaces)[0]).toHaveProperty('type');
      else expect(plugin.ui).toHaveProperty('type');
    }

    const loanTracker = list.find((plugin) => plugin.id === 'bob-loan-tracker');
    expect(loanTracker).toMatchObject({ author: 'bob', isMine: false, isOfficial: false, version: '1.1.0' });
    const asBob = (await community(bob)).find((plugin) => plugin.id === 'bob-loan-tracker');
    expect(asBob?.isMine).toBe(true);
    // The real market's plugin without a version or slot gets the defaults instead of breaking the list.
    expect(list.find((plugin) => plugin.id === 'quien_soy')).toMatchObject({
      version: '1.0.0',
      slot: 'dashboard_top',
      isOfficial: true,
    });
  });
});

describe('installed plugins', () => {
  it("alice's seeded install of bob's plugin sits at 1.0.0 with its own ui, and an update moves it to 1.1.0", async () => {
    const before = (await installed(alice)).find((plugin) => plugin.id === 'bob-loan-tracker');
    expect(before).toMatchObject({
      version: '1.0.0',
      latestVersion: '1.1.0',
      hasUpdate: true,
      isActive: true,
    });
    const oldUi = JSON.stringify(before?.ui);
    expect(oldUi).not.toContain('Few left');

    const update = await callApi(server.url, 'POST', '/plugins/user/update', {
      token: alice,
      body: { pluginId: 'bob-loan-tracker' },
    });
    expect(update.status).toBe(200);
    expect(update.body).toMatchObject({ success: true, updated: true, version: '1.1.0' });

    const after = (await installed(alice)).find((plugin) => plugin.id === 'bob-loan-tracker');
    expect(after).toMatchObject({ version: '1.1.0', hasUpdate: false });
    expect(JSON.stringify(after?.ui)).toContain('Few left');

    const again = await callApi(server.url, 'POST', '/plugins/user/update', {
      token: alice,
      body: { pluginId: 'bob-loan-tracker' },
    });
    expect(again.body).toMatchObject({ success: true, updated: false });
  });

  it('install answers ALREADY_INSTALLED (409) the second time and counts one download per user', async () => {
    const before = (await community(bob)).find((plugin) => plugin.id === 'prueba')?.downloadCount ?? -1;
    const first = await callApi(server.url, 'POST', '/plugins/install', {
      token: bob,
      body: { id: 'prueba', name: 'Prueba' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ success: true, message: 'Plugin installed successfully' });
    const second = await callApi(server.url, 'POST', '/plugins/install', {
      token: bob,
      body: { id: 'prueba' },
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ success: false, error: 'ALREADY_INSTALLED' });

    // Uninstall and install again: still one download for bob.
    expect((await callApi(server.url, 'DELETE', '/plugins/uninstall/prueba', { token: bob })).status).toBe(
      200,
    );
    expect(
      (await callApi(server.url, 'POST', '/plugins/install', { token: bob, body: { id: 'prueba' } })).status,
    ).toBe(200);
    const after = (await community(bob)).find((plugin) => plugin.id === 'prueba')?.downloadCount;
    expect(after).toBe(before + 1);
  });

  it('installing an unknown id without a download_url is PLUGIN_NOT_FOUND', async () => {
    const answer = await callApi(server.url, 'POST', '/plugins/install', {
      token: bob,
      body: { id: 'no-such-plugin' },
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ success: false, error: 'PLUGIN_NOT_FOUND' });
  });

  it('toggle switches isActive and keeps the install; toggle and uninstall of a plugin not installed are 404', async () => {
    const off = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: 'quick-actions', isActive: false },
    });
    expect(off.body).toEqual({ success: true, isActive: false });
    expect((await installed(alice)).find((plugin) => plugin.id === 'quick-actions')?.isActive).toBe(false);

    const missingToggle = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: 'otro_mas', isActive: true },
    });
    expect(missingToggle.status).toBe(404);
    expect(missingToggle.body).toMatchObject({ error: 'PLUGIN_NOT_FOUND' });
    const missingUninstall = await callApi(server.url, 'DELETE', '/plugins/uninstall/otro_mas', {
      token: alice,
    });
    expect(missingUninstall.status).toBe(404);
    expect(missingUninstall.body).toMatchObject({ error: 'PLUGIN_NOT_FOUND' });
  });

  it('toggle refuses a body without a boolean isActive (400)', async () => {
    const answer = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: 'quick-actions', isActive: 'no' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'INVALID_REQUEST' });
    expect(String((answer.body as { message: string }).message)).toContain('isActive');
  });

  it('50 concurrent installs of one plugin by one user end with one install and downloadCount + 1', async () => {
    const before = (await community(bob)).find((plugin) => plugin.id === 'otro_mas')?.downloadCount ?? -1;
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        callApi(server.url, 'POST', '/plugins/install', { token: bob, body: { id: 'otro_mas' } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect((await installed(bob)).filter((plugin) => plugin.id === 'otro_mas')).toHaveLength(1);
    expect((await community(bob)).find((plugin) => plugin.id === 'otro_mas')?.downloadCount).toBe(before + 1);
  });

  it('a catalog row with a broken version never makes the lists fail', async () => {
    const id = 'prueba';
    await sql`UPDATE plugins SET version = 'not-a-version' WHERE id = ${id}`.execute(server.db);
    const list = await callApi<PluginView[]>(server.url, 'GET', '/plugins/installed', { token: bob });
    expect(list.status).toBe(200);
    expect(list.body.find((plugin) => plugin.id === id)).toMatchObject({ hasUpdate: false });
    expect((await callApi(server.url, 'GET', '/plugins/community', { token: bob })).status).toBe(200);
  });
});

describe('create, update, delete', () => {
  it('create takes the author from the token, generates an id from the name and answers 201', async () => {
    const answer = await callApi<PluginView & { createdAt: string }>(server.url, 'POST', '/plugins', {
      token: alice,
      body: {
        name: 'Stock Chart!',
        version: '1.0.0',
        description: 'x',
        slot: 'asset_detail',
        ui: ui('<<asset.name>>'),
        author: 'mallory',
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.author).toBe('alice');
    expect(answer.body.id).toMatch(/^stock-chart-[0-9a-f]{6}$/);
    expect(answer.body).toMatchObject({ isMine: true, version: '1.0.0', slot: 'asset_detail' });
    expect(Date.parse(answer.body.createdAt)).not.toBeNaN();
    const again = await callApi<PluginView>(server.url, 'POST', '/plugins', {
      token: alice,
      body: { name: 'Stock Chart!', version: '1.0.0', slot: 'asset_detail', ui: ui('x') },
    });
    expect(again.body.id).not.toBe(answer.body.id);
  });

  it('create refuses an invalid STAC document with INVALID_STAC (422) and the issues with their paths', async () => {
    const answer = await callApi<{ error: string; issues: Array<{ path: string; code: string }> }>(
      server.url,
      'POST',
      '/plugins',
      {
        token: alice,
        body: {
          name: 'Broken',
          version: '1.0.0',
          slot: 'dashboard_top',
          ui: { type: 'column', children: [{ type: 'nosuchwidget' }] },
        },
      },
    );
    expect(answer.status).toBe(422);
    expect(answer.body.error).toBe('INVALID_STAC');
    expect(answer.body.issues.length).toBeGreaterThan(0);
    expect(answer.body.issues[0].path).toContain('ui.children[0]');
  });

  it('create refuses a non-semver version and a missing ui with 400 and says which field', async () => {
    const badVersion = await callApi<{ message: string; error: string }>(server.url, 'POST', '/plugins', {
      token: alice,
      body: { name: 'V', version: 'one', slot: 'dashboard_top', ui: ui('x') },
    });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.message).toContain('version');
    const noUi = await callApi<{ message: string }>(server.url, 'POST', '/plugins', {
      token: alice,
      body: { name: 'V', version: '1.0.0', slot: 'dashboard_top' },
    });
    expect(noUi.status).toBe(400);
    expect(noUi.body.message).toContain('ui');
  });

  it('update: only the author, version must increase, installs then see hasUpdate', async () => {
    const created = await callApi<PluginView>(server.url, 'POST', '/plugins', {
      token: bob,
      body: { name: 'Versioned', version: '1.0.0', slot: 'dashboard_top', ui: ui('one') },
    });
    const id = created.body.id;
    await callApi(server.url, 'POST', '/plugins/install', { token: alice, body: { id } });

    const notAuthor = await callApi(server.url, 'PUT', `/plugins/${id}`, {
      token: alice,
      body: { version: '2.0.0' },
    });
    expect(notAuthor.status).toBe(403);
    expect(notAuthor.body).toMatchObject({ success: false, error: 'PERMISSION_DENIED' });

    for (const version of ['1.0.0', '0.9.0']) {
      const conflict = await callApi(server.url, 'PUT', `/plugins/${id}`, { token: bob, body: { version } });
      expect(conflict.status).toBe(409);
      expect(conflict.body).toMatchObject({ error: 'VERSION_CONFLICT', currentVersion: '1.0.0' });
    }
    const badUi = await callApi(server.url, 'PUT', `/plugins/${id}`, {
      token: bob,
      body: { version: '1.1.0', ui: { type: 42 } },
    });
    expect(badUi.status).toBe(422);

    const ok = await callApi<PluginView & { pullRequestUrl: null; updatedAt: string }>(
      server.url,
      'PUT',
      `/plugins/${id}`,
      {
        token: bob,
        body: { version: '1.1.0', ui: ui('two') },
      },
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id, version: '1.1.0', pullRequestUrl: null });

    const aliceInstall = (await installed(alice)).find((plugin) => plugin.id === id);
    expect(aliceInstall).toMatchObject({ version: '1.0.0', latestVersion: '1.1.0', hasUpdate: true });
    expect(JSON.stringify(aliceInstall?.ui)).toContain('one');
  });

  it('delete: only the author; deleteFromGitHub is answered honestly; installs keep working', async () => {
    const created = await callApi<PluginView>(server.url, 'POST', '/plugins', {
      token: bob,
      body: { name: 'Short lived', version: '1.0.0', slot: 'dashboard_top', ui: ui('bye') },
    });
    const id = created.body.id;
    await callApi(server.url, 'POST', '/plugins/install', { token: alice, body: { id } });
    expect((await callApi(server.url, 'DELETE', `/plugins/${id}`, { token: alice })).status).toBe(403);

    const deleted = await callApi<{ success: boolean; message: string; deletedFromGitHub: boolean }>(
      server.url,
      'DELETE',
      `/plugins/${id}?deleteFromGitHub=true`,
      { token: bob },
    );
    expect(deleted.status).toBe(200);
    expect(deleted.body.deletedFromGitHub).toBe(false);
    expect(deleted.body.message).toMatch(/no GitHub/i);
    expect((await community(bob)).some((plugin) => plugin.id === id)).toBe(false);
    expect((await callApi(server.url, 'DELETE', `/plugins/${id}`, { token: bob })).status).toBe(404);

    const orphan = (await installed(alice)).find((plugin) => plugin.id === id);
    expect(orphan).toMatchObject({ version: '1.0.0', hasUpdate: false, inCatalog: false });
  });

  it('GET /plugins/:id returns the detail, and 404 PLUGIN_NOT_FOUND for an unknown id', async () => {
    const detail = await callApi<PluginView>(server.url, 'GET', '/plugins/reloj_digital', { token: bob });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: 'reloj_digital', name: 'Reloj Digital Moderno' });
    const missing = await callApi(server.url, 'GET', '/plugins/nope', { token: bob });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      success: false,
      error: 'PLUGIN_NOT_FOUND',
      message: expect.stringContaining('nope'),
    });
  });
});

describe('assets', () => {
  it('lists the demo assets with the fields plugins bind, and 404 ASSET_NOT_FOUND for an unknown id', async () => {
    const list = await callApi<Array<Record<string, unknown>>>(server.url, 'GET', '/assets', {
      token: alice,
    });
    expect(list.body.length).toBeGreaterThanOrEqual(6);
    for (const asset of list.body) {
      expect(asset).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          name: expect.any(String),
          quantity: expect.any(Number),
          minStock: expect.any(Number),
          lowStock: expect.any(Boolean),
          qualityScore: expect.any(Number),
          tags: expect.any(Array),
        }),
      );
      expect(String(asset.imageUrl)).toMatch(/^\/media\/assets\//);
    }
    const helmet = await callApi(server.url, 'GET', '/assets/asset-helmet-03', { token: alice });
    expect(helmet.body).toMatchObject({ quantity: 12, minStock: 15, lowStock: true });
    const image = await fetch(`${server.url}/media/assets/asset-helmet-03.svg`);
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
    expect(await image.text()).toContain('<svg');
    const missing = await callApi(server.url, 'GET', '/assets/nope', { token: alice });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: 'ASSET_NOT_FOUND' });
  });
});
