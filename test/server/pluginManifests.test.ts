/**
 * Plugins as manifests on the reference server, over real HTTP: the whole manifest stored and served,
 * consent per user and version, settings per user validated with the plugin's schema, dependencies resolved
 * before anything is written, activation gated by dependencies and startup checks. Runs on SQLite and
 * PostgreSQL (project node-postgres).
 */
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from './helpers/testServer';

interface Installed {
  id: string;
  version: string;
  isActive: boolean;
  hasUpdate: boolean;
  settingValues: Record<string, unknown>;
  consentedPermissions: string[] | null;
  updatePermissions: string[];
  installedAt: string;
  [field: string]: unknown;
}
interface ErrorBody {
  error: string;
  message: string;
  [detail: string]: unknown;
}

let server: TestServer;
let alice: string;
let bob: string;

const text = (data: string) => ({ type: 'text', data });

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = await Promise.all([signInAlice(server.url), signInBob(server.url)]);
}, 30_000);

afterAll(() => server.stop());

/** Publishes a plugin as `token` and answers its id (the server adds a random suffix to the name). */
async function publish(token: string, body: Record<string, unknown>): Promise<string> {
  const answer = await callApi<{ id: string }>(server.url, 'POST', '/plugins', {
    token,
    body: { version: '1.0.0', slot: 'dashboard_top', ui: text('hello'), ...body },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id;
}

const installedList = async (token: string) =>
  (await callApi<Installed[]>(server.url, 'GET', '/plugins/installed', { token })).body;
const installedOne = async (token: string, id: string) =>
  (await installedList(token)).find((plugin) => plugin.id === id);
const install = (token: string, body: Record<string, unknown>) =>
  callApi<ErrorBody & { installed?: string[]; plugin?: Installed }>(server.url, 'POST', '/plugins/install', {
    token,
    body,
  });

describe('the stored manifest', () => {
  it('keeps every manifest field of a composite plugin and serves it in the catalog and the install', async () => {
    const manifest = {
      name: 'Stock board',
      surfaces: {
        dashboard_top: { type: 'text', data: 'Low stock: <<inventory.lowStockCount>>' },
        asset_detail: text('Asset panel'),
      },
      permissions: ['inventory:read'],
      settings: [{ key: 'threshold', type: 'number', label: 'Threshold', min: 0, max: 100, default: 5 }],
      capabilities: ['inventory-summary'],
      requires: { host: '>=1.0.0' },
      jobs: [
        { id: 'nightly', name: 'Nightly check', schedule: '0 3 * * *', action: { method: 'lowStockReport' } },
      ],
    };
    const id = await publish(bob, { ...manifest, slot: undefined, ui: undefined });
    const detail = await callApi<Record<string, unknown>>(server.url, 'GET', `/plugins/${id}`, {
      token: alice,
    });
    expect(detail.body).toMatchObject({
      surfaces: manifest.surfaces,
      permissions: manifest.permissions,
      settings: manifest.settings,
      capabilities: manifest.capabilities,
      requires: manifest.requires,
      jobs: manifest.jobs,
      slot: 'dashboard_top',
    });
    // A composite plugin's documents are its surfaces; it has no separate "ui".
    expect(detail.body).not.toHaveProperty('ui');

    expect((await install(alice, { id, acceptPermissions: ['inventory:read'] })).status).toBe(200);
    expect(await installedOne(alice, id)).toMatchObject({
      surfaces: manifest.surfaces,
      settings: manifest.settings,
      jobs: manifest.jobs,
      consentedPermissions: ['inventory:read'],
      settingValues: {},
    });
  });

  it('refuses to publish a plugin that reads data it does not declare, naming the path', async () => {
    const answer = await callApi<ErrorBody & { issues: { path: string; message: string }[] }>(
      server.url,
      'POST',
      '/plugins',
      {
        token: bob,
        body: {
          name: 'Sneaky',
          version: '1.0.0',
          slot: 'dashboard_top',
          permissions: [],
          ui: text('Your mail: <<user.email>>'),
        },
      },
    );
    expect(answer.status).toBe(422);
    expect(answer.body.error).toBe('INVALID_STAC');
    expect(answer.body.issues.some((issue) => issue.message.includes('user:read'))).toBe(true);
  });
});

describe('consent', () => {
  it('asks before installing a plugin that declares permissions, and installs nothing until allowed', async () => {
    const id = await publish(bob, {
      name: 'Greeter',
      permissions: ['user:read'],
      ui: text('Hi <<user.name>>'),
    });
    const refused = await install(alice, { id });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('CONSENT_REQUIRED');
    expect(refused.body.consent).toEqual([
      {
        pluginId: id,
        name: 'Greeter',
        version: '1.0.0',
        permissions: [{ permission: 'user:read', title: expect.stringContaining('your name') }],
      },
    ]);
    expect(await installedOne(alice, id)).toBeUndefined();

    const allowed = await install(alice, { id, acceptPermissions: ['user:read'] });
    expect(allowed.status).toBe(200);
    expect(allowed.body.plugin).toMatchObject({ consentedPermissions: ['user:read'], isActive: true });
  });

  it('holds an update that adds a permission until the user allows what is new', async () => {
    const id = await publish(bob, { name: 'Linker', permissions: ['user:read'], ui: text('<<user.name>>') });
    await install(alice, { id, acceptPermissions: ['user:read'] });
    const bumped = await callApi(server.url, 'PUT', `/plugins/${id}`, {
      token: bob,
      body: {
        version: '2.0.0',
        permissions: ['user:read', 'navigate:external'],
        ui: text('<<user.name>>'),
      },
    });
    expect(bumped.status, JSON.stringify(bumped.body)).toBe(200);
    expect(await installedOne(alice, id)).toMatchObject({
      version: '1.0.0',
      hasUpdate: true,
      updatePermissions: ['navigate:external'],
    });

    const held = await callApi<ErrorBody>(server.url, 'POST', '/plugins/user/update', {
      token: alice,
      body: { pluginId: id },
    });
    expect(held.status).toBe(409);
    expect(held.body.error).toBe('CONSENT_REQUIRED');
    expect(held.body.added).toEqual([{ permission: 'navigate:external', title: expect.any(String) }]);
    expect(held.body.message).toContain('navigate:external');
    expect((await installedOne(alice, id))?.version).toBe('1.0.0');

    const done = await callApi(server.url, 'POST', '/plugins/user/update', {
      token: alice,
      body: { pluginId: id, acceptPermissions: ['navigate:external'] },
    });
    expect(done.status).toBe(200);
    expect(await installedOne(alice, id)).toMatchObject({
      version: '2.0.0',
      hasUpdate: false,
      updatePermissions: [],
      consentedPermissions: ['user:read', 'navigate:external'],
    });
  });
});

describe('seeded installs', () => {
  it('count as consented to what their version declares, so an update asks only for what is new', async () => {
    const seeded = await installedList(alice);
    const stockPulse = seeded.find((plugin) => plugin.id === 'stock-pulse');
    expect(stockPulse?.permissions).toEqual(expect.arrayContaining(['inventory:read']));
    expect(stockPulse?.consentedPermissions).toEqual(stockPulse?.permissions);
    // Pinned at 1.0.0, which declares the same permissions as the latest: the update asks nothing.
    expect(seeded.find((plugin) => plugin.id === 'bob-loan-tracker')).toMatchObject({
      version: '1.0.0',
      hasUpdate: true,
      consentedPermissions: ['asset:read', 'user:read'],
      updatePermissions: [],
    });
    // A seeded plugin of the real market (bob's) has no "permissions": nothing was asked, nothing recorded.
    const bobSeeded = await installedList(bob);
    expect(bobSeeded.find((plugin) => plugin.id === 'quien_soy')?.consentedPermissions).toBeNull();
  });
});

describe('settings per user', () => {
  it('validates values with the plugin’s declared settings and keeps each user’s own', async () => {
    const id = await publish(bob, {
      name: 'Weather',
      settings: [
        { key: 'city', type: 'string', label: 'City', required: true },
        { key: 'units', type: 'enum', label: 'Units', options: ['metric', 'imperial'], default: 'metric' },
        { key: 'days', type: 'number', label: 'Days', min: 1, max: 7 },
      ],
      ui: text('<<settings.city>>'),
    });
    await install(alice, { id });
    await install(bob, { id });
    const put = (token: string, values: Record<string, unknown>) =>
      callApi<ErrorBody & { fieldErrors?: Record<string, string> }>(
        server.url,
        'PUT',
        '/plugins/user/settings',
        {
          token,
          body: { pluginId: id, values },
        },
      );

    const bad = await put(alice, { city: 'Lyon', units: 'kelvin', days: 30, colour: 'red' });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toBe('INVALID_SETTINGS');
    expect(bad.body.fieldErrors).toEqual({
      units: expect.stringContaining('"metric", "imperial"'),
      days: expect.stringContaining('at most 7'),
      colour: expect.stringContaining('no setting'),
    });
    // Nothing of a refused submission is kept, not even its valid field.
    expect((await installedOne(alice, id))?.settingValues).toEqual({});

    expect((await put(alice, { city: 'Lyon', days: 3 })).status).toBe(200);
    expect((await put(bob, { city: 'Lagos', units: 'imperial' })).status).toBe(200);
    expect((await installedOne(alice, id))?.settingValues).toEqual({ city: 'Lyon', days: 3 });
    expect((await installedOne(bob, id))?.settingValues).toEqual({ city: 'Lagos', units: 'imperial' });

    const notInstalled = await callApi<ErrorBody>(server.url, 'PUT', '/plugins/user/settings', {
      token: alice,
      body: { pluginId: 'nope', values: {} },
    });
    expect(notInstalled.status).toBe(404);
  });
});

describe('dependencies', () => {
  it('offers the missing dependency, then installs both in order in one step', async () => {
    const base = await publish(bob, { name: 'Base kit', version: '1.2.0' });
    const addOn = await publish(bob, { name: 'Add-on', dependencies: [{ id: base, version: '^1.0.0' }] });
    const before = await installedList(alice);

    const offered = await install(alice, { id: addOn });
    expect(offered.status).toBe(409);
    expect(offered.body.error).toBe('DEPENDENCIES_REQUIRED');
    expect(offered.body.missing).toEqual([{ id: base, name: 'Base kit', version: '1.2.0', permissions: [] }]);
    expect(offered.body.order).toEqual([base, addOn]);
    expect(await installedList(alice)).toHaveLength(before.length);

    const both = await install(alice, { id: addOn, installDependencies: true });
    expect(both.status).toBe(200);
    expect(both.body.installed).toEqual([base, addOn]);
    const after = await installedList(alice);
    expect(after.map((plugin) => plugin.id).slice(-2)).toEqual([base, addOn]);
    expect(after.find((plugin) => plugin.id === addOn)?.isActive).toBe(true);

    // Switching off or removing what another plugin needs warns first, naming it.
    const off = await callApi<ErrorBody>(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: base, isActive: false },
    });
    expect(off.status).toBe(409);
    expect(off.body.error).toBe('PLUGIN_REQUIRED');
    expect(off.body.dependents).toEqual([{ id: addOn, name: 'Add-on' }]);
    expect((await installedOne(alice, base))?.isActive).toBe(true);
    const removal = await callApi<ErrorBody>(server.url, 'DELETE', `/plugins/uninstall/${base}`, {
      token: alice,
    });
    expect(removal.status).toBe(409);
    expect(removal.body.error).toBe('PLUGIN_REQUIRED');

    const forced = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: base, isActive: false, force: true },
    });
    expect(forced.status).toBe(200);
    // The add-on cannot come back on while what it needs is off.
    await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: addOn, isActive: false },
    });
    const again = await callApi<ErrorBody>(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: addOn, isActive: true },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('DEPENDENCY_INACTIVE');
    expect(again.body.message).toContain('Base kit');
  });

  it('refuses an unmet range, a plugin nobody has and a cycle with codes, writing nothing', async () => {
    const base = await publish(bob, { name: 'Old base', version: '1.0.0' });
    const wantsTwo = await publish(bob, {
      name: 'Wants two',
      dependencies: [{ id: base, version: '^2.0.0' }],
    });
    const ghost = await publish(bob, { name: 'Ghost fan', dependencies: ['no-such-plugin'] });
    const first = await publish(bob, { name: 'Chicken' });
    const second = await publish(bob, { name: 'Egg', dependencies: [first] });
    const closed = await callApi(server.url, 'PUT', `/plugins/${first}`, {
      token: bob,
      body: { version: '1.1.0', dependencies: [second] },
    });
    expect(closed.status).toBe(200);
    const before = await installedList(alice);

    const range = await install(alice, { id: wantsTwo, installDependencies: true });
    expect([range.status, range.body.error]).toEqual([409, 'DEPENDENCY_VERSION']);
    expect(range.body.message).toContain('^2.0.0');
    const missing = await install(alice, { id: ghost, installDependencies: true });
    expect([missing.status, missing.body.error]).toEqual([409, 'DEPENDENCY_MISSING']);
    expect(missing.body.message).toContain('no-such-plugin');
    const cycle = await install(alice, { id: second, installDependencies: true });
    expect([cycle.status, cycle.body.error]).toEqual([409, 'DEPENDENCY_CYCLE']);
    expect(cycle.body.message).toContain('→');

    expect(await installedList(alice)).toEqual(before);
  });
});

describe('startup checks', () => {
  it('installs a plugin whose check fails switched off, and refuses to switch it on with the title and details', async () => {
    const id = await publish(bob, {
      name: 'Shipping tracker',
      settings: [{ key: 'apiKey', type: 'string', label: 'API key' }],
      startupChecks: [
        { setting: 'apiKey', title: 'Add your carrier API key', details: 'Find it in your carrier account.' },
      ],
      ui: text('Tracking'),
    });
    const answer = await install(alice, { id });
    expect(answer.status).toBe(200);
    expect(answer.body.message).toContain('Add your carrier API key');
    expect(answer.body.plugin?.isActive).toBe(false);

    const on = await callApi<ErrorBody>(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: id, isActive: true },
    });
    expect(on.status).toBe(409);
    expect(on.body.error).toBe('STARTUP_CHECK_FAILED');
    expect(on.body.message).toContain('Add your carrier API key');
    expect(on.body.message).toContain('Find it in your carrier account.');
    expect((await installedOne(alice, id))?.isActive).toBe(false);

    await callApi(server.url, 'PUT', '/plugins/user/settings', {
      token: alice,
      body: { pluginId: id, values: { apiKey: 'k-123' } },
    });
    const now = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: { pluginId: id, isActive: true },
    });
    expect(now.status).toBe(200);
    expect((await installedOne(alice, id))?.isActive).toBe(true);
  });

  it('keeps a plugin off that needs a host feature this host lacks', async () => {
    const id = await publish(bob, {
      name: 'Scanner',
      startupChecks: [{ hostFeature: 'barcode-scanner', title: 'This app has no barcode scanner' }],
    });
    const answer = await install(alice, { id });
    expect(answer.body.startupFailures).toEqual([
      expect.objectContaining({ title: 'This app has no barcode scanner' }),
    ]);
    expect((await installedOne(alice, id))?.isActive).toBe(false);
  });
});
