import { ActionFailure } from '../../src/actions';
import { readPluginManifest } from '../../src/stac-schema';
import {
  addedPermissions,
  buildPluginScope,
  describePermission,
  grantsFor,
  guardHostServices,
  withheldScopeRoots,
} from '../../src/plugin-host';

const manifestOf = (record: Record<string, unknown>) =>
  readPluginManifest({ name: 'x', slot: 'dashboard_top', ui: { type: 'text', data: 'x' }, ...record })
    .manifest;

describe('grants', () => {
  it('gives a plugin without "permissions" the access plugins always had, but not the new inventory data', () => {
    const grants = grantsFor(manifestOf({}));
    expect(grants.declared).toBe(false);
    expect(['asset', 'user', 'plugin', 'settings'].every((root) => grants.mayReadScopeRoot(root))).toBe(true);
    expect(grants.mayReadScopeRoot('inventory')).toBe(false);
    expect(grants.mayRequestHost('api.example.com')).toBe(true);
    expect(grants.mayNavigateExternal).toBe(true);
    // The clipboard is new with the manifest: never given without asking.
    expect(grants.mayWriteClipboard).toBe(false);
    expect(grantsFor(manifestOf({ permissions: ['clipboard'] })).mayWriteClipboard).toBe(true);
    expect(addedPermissions(undefined, ['clipboard'])).toEqual(['clipboard']);
  });

  it('gives a plugin that declares permissions exactly those', () => {
    const grants = grantsFor(manifestOf({ permissions: ['inventory:read', 'network:*.example.com'] }));
    expect(grants.mayReadScopeRoot('inventory')).toBe(true);
    expect(grants.mayReadScopeRoot('user')).toBe(false);
    expect(grants.mayReadScopeRoot('asset')).toBe(false);
    expect(grants.mayReadScopeRoot('settings')).toBe(true);
    expect(grants.mayRequestHost('api.example.com')).toBe(true);
    expect(grants.mayRequestHost('example.com.evil.test')).toBe(false);
    expect(grants.mayNavigateExternal).toBe(false);
    expect(withheldScopeRoots(grants)).toEqual({
      asset: 'asset:read',
      assets: 'asset:read',
      user: 'user:read',
      userName: 'user:read',
    });
  });

  it('builds the scope from what was granted: undeclared data is absent, settings and plugin.has are present', () => {
    const scope = buildPluginScope({
      plugin: { id: 'p', version: '1.0.0' },
      slot: 'dashboard_top',
      context: { user: { email: 'a@example.com' }, inventory: { total: 3 } },
      grants: grantsFor(manifestOf({ permissions: ['inventory:read'] })),
      settings: { city: 'Oslo' },
      has: { charts: false },
    });
    expect(scope).toEqual({
      inventory: { total: 3 },
      plugin: { id: 'p', version: '1.0.0', has: { charts: false } },
      slot: 'dashboard_top',
      settings: { city: 'Oslo' },
    });
  });

  it('lists what an update adds, for a new consent', () => {
    expect(addedPermissions(['user:read'], ['user:read', 'network:api.example.com'])).toEqual([
      'network:api.example.com',
    ]);
    // A version without "permissions" had the legacy access: declaring it later asks only for what is new.
    expect(addedPermissions(undefined, ['asset:read', 'user:read', 'inventory:read'])).toEqual([
      'inventory:read',
    ]);
    expect(addedPermissions([], ['asset:read'])).toEqual(['asset:read']);
    expect(describePermission('network:api.example.com').title).toBe('Send requests to api.example.com');
    expect(describePermission('inventory:read').title).toMatch(/inventory/);
  });
});

describe('guardHostServices', () => {
  const origin = 'https://app.example';
  const calls: string[] = [];
  const services = {
    fetch: ((input: RequestInfo | URL) => {
      calls.push(String(input));
      return Promise.resolve(new Response('{}'));
    }) as typeof fetch,
    navigate: (request: { kind: string }) => {
      calls.push(`navigate:${request.kind}`);
    },
    currentUser: () => ({ username: 'alice' }),
  };

  beforeEach(() => {
    calls.length = 0;
  });

  it('refuses requests to hosts the plugin does not declare, with not_permitted naming the permission', async () => {
    const guarded = guardHostServices(
      services,
      grantsFor(manifestOf({ permissions: ['network:api.example.com'] })),
      { pluginName: 'Weather', origin },
    );
    await guarded.fetch!('https://api.example.com/x');
    await guarded.fetch!('/api/v1/assets');
    const refusal = await guarded.fetch!('https://evil.test/steal').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ActionFailure);
    expect(refusal).toMatchObject({
      code: 'not_permitted',
      message: expect.stringContaining('"network:evil.test"'),
    });
    expect(calls).toEqual(['https://api.example.com/x', '/api/v1/assets']);
  });

  it('refuses external navigation without navigate:external and identity without user:read', () => {
    const guarded = guardHostServices(services, grantsFor(manifestOf({ permissions: [] })), {
      pluginName: 'Weather',
      origin,
    });
    expect(() => guarded.navigate!({ kind: 'external', url: 'https://example.com/' })).toThrow(
      /navigate:external/,
    );
    guarded.navigate!({ kind: 'push', path: '/assets' });
    expect(() => guarded.currentUser!()).toThrow(/user:read/);
    expect(calls).toEqual(['navigate:push']);
  });

  it('leaves the services of a plugin without "permissions" as they are, but for the clipboard', async () => {
    const written: string[] = [];
    const withClipboard = {
      ...services,
      writeClipboard: async (text: string) => void written.push(text),
    };
    const guarded = guardHostServices(withClipboard, grantsFor(manifestOf({})), {
      pluginName: 'Old',
      origin,
    });
    expect(guarded.fetch).toBe(services.fetch);
    expect(guarded.navigate).toBe(services.navigate);
    await expect(guarded.writeClipboard?.('secret')).rejects.toMatchObject({
      code: 'not_permitted',
      message: expect.stringContaining('"clipboard"'),
    });
    expect(written).toEqual([]);
  });
});
