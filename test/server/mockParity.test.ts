/**
 * The msw mock Plugin API (mocks/plugin-api) must answer like the reference server, or component tests and
 * stories prove nothing. Route by route, both ways: every route the real server mounts is answered by the
 * mock too (but the few in SERVER_ONLY, each with its reason), and each route the mock mounts has a case
 * below that sends the same calls to both (the mock on a fake origin, the server over real HTTP on
 * 127.0.0.1) and compares what a screen would show: lists, versions, flags, status codes and error codes.
 * The cases run in order on one pair of databases, as a user would click.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { ApiError, createApiClient, createMemoryAuth, type ApiClient } from '../../src/api-client';
import { createMockDatabase, createPluginApiHandlers } from '../../mocks/plugin-api';
import { API_BASE, startServer, type RunningServer } from '../../server';
import { dropTestDatabase, testDatabase } from './helpers/testDatabase';

const MOCK_BASE = 'http://mock.stac-web.test/api/v1';

type Outcome = { ok: true; value: unknown } | { ok: false; status: number; code: string };

interface Side {
  alice: ApiClient;
  bob: ApiClient;
  anonymous: ApiClient;
  /** A plain request, for routes the client has no method for (or sends no body to); signed in as `as`. */
  raw(
    method: string,
    path: string,
    body?: unknown,
    as?: ApiClient,
  ): Promise<{ status: number; body: unknown }>;
}

const outcome = <T>(promise: Promise<T>, facts: (value: T) => unknown = (value) => value): Promise<Outcome> =>
  promise.then(
    (value) => ({ ok: true as const, value: facts(value) }),
    (error: unknown) =>
      error instanceof ApiError
        ? { ok: false as const, status: error.status, code: error.code }
        : Promise.reject(error),
  );

/** The facts a screen shows of a plugin, without timestamps and generated ids. */
const pluginFacts = (plugin: unknown) => {
  const p = plugin as Record<string, unknown>;
  return {
    id: p.id,
    name: p.name,
    author: p.author,
    version: p.version,
    latestVersion: p.latestVersion,
    slot: p.slot,
    isMine: p.isMine,
    isOfficial: p.isOfficial,
    isPublic: p.isPublic,
    isInstalled: p.isInstalled,
    installedVersion: p.installedVersion,
    hasUpdate: p.hasUpdate,
    isActive: p.isActive,
    downloadCount: p.downloadCount,
  };
};
// A published plugin's id ends in a generated suffix on both sides.
const stableId = (id: unknown) => String(id).replace(/^(parity-note)-.*$/, '$1-*');
const listFacts = (list: unknown) =>
  (list as unknown[])
    .map(pluginFacts)
    .map((facts) => ({ ...facts, id: stableId(facts.id) }))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
const errorCode = (body: unknown) => (body as { error?: unknown } | null)?.error;

interface ParityCase {
  /** The mock routes this case covers, as `METHOD /path` with the mock's own path patterns. */
  routes: string[];
  what: string;
  run(side: Side): Promise<unknown>;
}

const cases: ParityCase[] = [
  {
    routes: ['GET /health'],
    what: 'health answers ok without a token',
    run: async ({ raw }) => {
      const { status, body } = await raw('GET', '/health');
      return { status, ok: (body as { ok?: unknown }).ok };
    },
  },
  {
    routes: ['GET /auth/demo'],
    what: 'the demo accounts',
    run: async ({ anonymous }) =>
      outcome(anonymous.getDemoInfo(), (info) => ({
        enabled: info.enabled,
        users: info.users.map((user) => user.username).sort(),
      })),
  },
  {
    routes: ['POST /auth/login'],
    what: 'sign-in: a wrong password, an empty body, then the right one',
    run: async ({ raw }) => {
      const wrong = await raw('POST', '/auth/login', { username: 'alice', password: 'nope' });
      const empty = await raw('POST', '/auth/login', {});
      const right = await raw('POST', '/auth/login', { username: 'bob', password: 'bob-demo' });
      const user = (right.body as { user?: { username?: unknown } }).user;
      return [
        [wrong.status, errorCode(wrong.body)],
        [empty.status, errorCode(empty.body)],
        [right.status, user?.username],
      ];
    },
  },
  {
    routes: ['GET /auth/me'],
    what: 'who is signed in, and 401 without a token',
    run: async ({ alice, anonymous }) => [
      await outcome(alice.me(), (me) => me.username),
      await outcome(anonymous.me()),
    ],
  },
  {
    routes: ['GET /plugins/community'],
    what: 'the catalog each user sees, and 401 without a token',
    run: async ({ alice, bob, anonymous }) => [
      listFacts(await alice.getCommunityPlugins()),
      listFacts(await bob.getCommunityPlugins()),
      await outcome(anonymous.getCommunityPlugins()),
    ],
  },
  {
    routes: ['GET /plugins/installed'],
    what: "each user's installed plugins",
    run: async ({ alice, bob }) => [
      listFacts(await alice.getInstalledPlugins()),
      listFacts(await bob.getInstalledPlugins()),
    ],
  },
  {
    routes: ['GET /plugins/:id'],
    what: 'one plugin, someone else’s private one, and an unknown id',
    run: async ({ alice, bob, raw }) => {
      const read = async (as: ApiClient, id: string) => {
        const { status, body } = await raw('GET', `/plugins/${id}`, undefined, as);
        return status === 200 ? [status, pluginFacts(body)] : [status, errorCode(body)];
      };
      return [
        await read(alice, 'stock-pulse'),
        await read(bob, 'bob-loan-tracker'),
        await read(alice, 'no-such-plugin'),
      ];
    },
  },
  {
    routes: ['GET /plugins/preview-stac'],
    what: 'a preview without a URL, and with a URL that is not https',
    run: async ({ raw }) => {
      const none = await raw('GET', '/plugins/preview-stac');
      const http = await raw(
        'GET',
        `/plugins/preview-stac?url=${encodeURIComponent('http://example.com/a.json')}`,
      );
      return [
        [none.status, errorCode(none.body)],
        [http.status, errorCode(http.body)],
      ];
    },
  },
  {
    routes: ['POST /plugins/install'],
    what: 'install: already installed, unknown, without consent, with consent',
    run: async ({ alice, bob }) => [
      await outcome(alice.installPlugin({ id: 'stock-pulse' })),
      await outcome(alice.installPlugin({ id: 'no-such-plugin' })),
      await outcome(bob.installPlugin({ id: 'stock-pulse' })),
      await outcome(
        bob.installPlugin({ id: 'stock-pulse', acceptPermissions: ['inventory:read'] }),
        (ack) => ack.success,
      ),
      listFacts(await bob.getInstalledPlugins()),
    ],
  },
  {
    routes: ['PUT /plugins/user/toggle'],
    what: 'switching off an installed plugin, and one that is not installed',
    run: async ({ alice, bob }) => [
      await outcome(alice.togglePlugin('stock-pulse', false), (result) => result.isActive),
      await outcome(bob.togglePlugin('no-such-plugin', false)),
      listFacts(await alice.getInstalledPlugins()),
    ],
  },
  {
    routes: ['POST /plugins/install', 'PUT /plugins/user/toggle', 'DELETE /plugins/uninstall/:pluginId'],
    // The seed catalog's Carrier Tracking stays off until its API key is set; Label Printer needs Label Kit.
    what: 'the hosting rules refuse alike: a startup check, missing dependencies, a plugin others need',
    run: async ({ bob, raw }) => {
      const said = async (method: string, path: string, body?: unknown) => {
        const answer = (await raw(method, path, body, bob)) as {
          status: number;
          body: Record<string, unknown>;
        };
        const { plugin: _view, ...rest } = answer.body ?? {};
        return [answer.status, rest];
      };
      return [
        await said('POST', '/plugins/install', { id: 'carrier-tracking' }),
        await said('PUT', '/plugins/user/toggle', { pluginId: 'carrier-tracking', isActive: true }),
        await said('POST', '/plugins/install', { id: 'label-printer' }),
        await said('POST', '/plugins/install', {
          id: 'label-printer',
          installDependencies: true,
          acceptPermissions: ['asset:read'],
        }),
        await said('PUT', '/plugins/user/toggle', { pluginId: 'label-kit', isActive: false }),
        await said('DELETE', '/plugins/uninstall/label-kit'),
        await said('PUT', '/plugins/user/toggle', { pluginId: 'label-kit', isActive: false, force: true }),
        await said('PUT', '/plugins/user/toggle', { pluginId: 'label-printer', isActive: false }),
        await said('PUT', '/plugins/user/toggle', { pluginId: 'label-printer', isActive: true }),
        await said('DELETE', '/plugins/uninstall/label-printer'),
        await said('DELETE', '/plugins/uninstall/label-kit'),
        await said('DELETE', '/plugins/uninstall/carrier-tracking'),
      ];
    },
  },
  {
    routes: ['PUT /plugins/user/mcp'],
    what: "switching a plugin's MCP exposure off and on, a bad body, and a plugin that is not installed",
    run: async ({ alice, bob, raw }) => {
      const mcpOf = async () =>
        (await alice.getInstalledPlugins()).find((plugin) => plugin.id === 'stock-pulse')?.mcpEnabled;
      const before = await mcpOf();
      const off = await outcome(alice.setPluginMcp('stock-pulse', false), (result) => result.mcpEnabled);
      const after = await mcpOf();
      const on = await outcome(alice.setPluginMcp('stock-pulse', true), (result) => result.mcpEnabled);
      const bad = await raw('PUT', '/plugins/user/mcp', { pluginId: 'stock-pulse', enabled: 'no' }, alice);
      return [
        before,
        off,
        after,
        on,
        [bad.status, errorCode(bad.body)],
        await outcome(bob.setPluginMcp('no-such-plugin', false)),
      ];
    },
  },
  {
    routes: ['PUT /plugins/user/settings'],
    what: 'settings of a plugin that is not installed, and of one without declared settings',
    run: async ({ alice }) => [
      await outcome(alice.savePluginSettings('no-such-plugin', {})),
      await outcome(alice.savePluginSettings('stock-pulse', {}), (result) => result.settingValues),
    ],
  },
  {
    routes: ['POST /plugins'],
    what: 'publishing: a STAC error, a bad version, then a valid plugin',
    run: async ({ bob }) => [
      await outcome(
        bob.createPlugin({
          name: 'Bad',
          version: '1.0.0',
          slot: 'dashboard_top',
          ui: { type: 'column', children: [{ type: 'nope' }] },
        }),
      ),
      await outcome(
        bob.createPlugin({
          name: 'Bad',
          version: 'v1',
          slot: 'dashboard_top',
          ui: { type: 'text', data: 'x' },
        }),
      ),
      await outcome(
        bob.createPlugin({
          name: 'Parity note',
          version: '1.0.0',
          slot: 'dashboard_top',
          ui: { type: 'text', data: 'x' },
        }),
        (created) => ({ name: created.name, version: created.version, isMine: created.isMine }),
      ),
    ],
  },
  {
    routes: ['PUT /plugins/:id'],
    what: "a new version: someone else's plugin, a version not higher, a higher one",
    run: async ({ alice, bob }) => [
      await outcome(alice.updatePlugin('bob-loan-tracker', { version: '9.9.9' })),
      await outcome(bob.updatePlugin('bob-loan-tracker', { version: '1.0.0' })),
      await outcome(bob.updatePlugin('bob-loan-tracker', { version: '9.0.0' }), (result) => result.version),
    ],
  },
  {
    routes: ['POST /plugins/user/update'],
    what: 'updating an install to the latest version, then again',
    run: async ({ alice }) => [
      await outcome(alice.updateInstalledPlugin('bob-loan-tracker'), (result) => [
        result.updated,
        result.version,
      ]),
      await outcome(alice.updateInstalledPlugin('bob-loan-tracker'), (result) => [
        result.updated,
        result.version,
      ]),
      await outcome(alice.updateInstalledPlugin('no-such-plugin')),
    ],
  },
  {
    routes: ['DELETE /plugins/uninstall/:pluginId'],
    what: 'uninstalling, and uninstalling what is not installed',
    run: async ({ bob }) => [
      await outcome(bob.uninstallPlugin('stock-pulse'), (ack) => ack.success),
      await outcome(bob.uninstallPlugin('stock-pulse')),
      listFacts(await bob.getCommunityPlugins()),
    ],
  },
  {
    routes: ['DELETE /plugins/:id'],
    what: "deleting someone else's plugin, then one's own",
    run: async ({ alice, bob, raw }) => [
      await outcome(alice.deletePlugin('bob-loan-tracker')),
      await outcome(bob.deletePlugin('bob-loan-tracker'), (ack) => ack.success),
      (await raw('GET', '/plugins/bob-loan-tracker', undefined, bob)).status,
    ],
  },
  {
    routes: ['GET /assets', 'GET /assets/:id'],
    // The two seed different demo inventories (the mock 2 assets, the server 8): what is compared is that
    // each listed asset reads back by id with the same name, and an unknown id is ASSET_NOT_FOUND.
    what: 'the host’s assets read back by id, and an unknown one',
    run: async ({ bob }) => {
      const assets = await bob.getAssets();
      const readBack = await Promise.all(
        assets.map(async (asset) => (await bob.getAsset(asset.id)).name === asset.name),
      );
      return [assets.length > 0, readBack.every(Boolean), await outcome(bob.getAsset('no-such-asset'))];
    },
  },
  {
    routes: ['PATCH /assets/:id', 'POST /assets/:id/viewed'],
    // Event runs differ by design (the mock runs no plugin work): only that each answer lists them is compared.
    what: 'an asset edit saved and read back, refused edits, and a visit',
    run: async ({ bob, raw }) => {
      const [first] = await bob.getAssets();
      const quantity = Number(first.quantity ?? 0) + 3;
      const edit = await outcome(bob.updateAsset(first.id, { quantity }), (answer) => [
        answer.changedFields,
        answer.asset.quantity === quantity,
        Array.isArray(answer.eventRuns),
      ]);
      const again = await outcome(bob.updateAsset(first.id, { quantity }), (answer) => answer.changedFields);
      const readBack = (await bob.getAsset(first.id)).quantity === quantity;
      const refused = await Promise.all(
        [{ quantity: -1 }, { serialNumber: 'X' }, {}].map(async (body) => {
          const answer = await raw('PATCH', `/assets/${first.id}`, body, bob);
          return [answer.status, errorCode(answer.body)];
        }),
      );
      const unknown = await outcome(bob.updateAsset('no-such-asset', { quantity: 1 }));
      const viewed = await raw('POST', `/assets/${first.id}/viewed`, undefined, bob);
      const viewedUnknown = await raw('POST', '/assets/no-such-asset/viewed', undefined, bob);
      return [
        edit,
        again,
        readBack,
        refused,
        unknown,
        [viewed.status, Array.isArray((viewed.body as { eventRuns?: unknown }).eventRuns)],
        [viewedUnknown.status, errorCode(viewedUnknown.body)],
      ];
    },
  },
  {
    routes: [
      'POST /plugin-jobs/:pluginId/:jobId/run',
      'GET /plugin-jobs/:pluginId/:jobId/runs',
      'PUT /plugin-jobs/:pluginId/:jobId/schedule',
      'GET /plugin-jobs/runs/:runId',
      'POST /plugin-jobs/runs/:runId/cancel',
    ],
    // The mock runs no jobs: what is compared is how both refuse a job or a run the user does not have.
    what: 'a job the user has not got, and a run they never made',
    run: async ({ alice, raw }) => {
      const said = async (method: string, path: string, body?: unknown) => {
        const answer = await raw(method, path, body, alice);
        return [answer.status, errorCode(answer.body), (answer.body as { message?: unknown }).message];
      };
      return [
        await said('POST', '/plugin-jobs/stock-pulse/no-such-job/run'),
        await said('GET', '/plugin-jobs/stock-pulse/no-such-job/runs'),
        await said('PUT', '/plugin-jobs/stock-pulse/no-such-job/schedule', { enabled: 'yes' }),
        await said('PUT', '/plugin-jobs/stock-pulse/no-such-job/schedule', { enabled: true }),
        await said('GET', '/plugin-jobs/runs/987654'),
        await said('POST', '/plugin-jobs/runs/987654/cancel'),
        await said('GET', '/plugin-jobs/runs/not-a-number'),
      ];
    },
  },
  {
    routes: ['POST /plugin-commands/:pluginId/:commandId/run'],
    // The mock runs no server-side commands: compared is how both refuse what the user does not have.
    what: 'a command of a plugin the user has not installed, one their plugin lacks, and a bad body',
    run: async ({ alice, raw }) => {
      const said = async (path: string, body: unknown) => {
        const answer = await raw('POST', path, body, alice);
        return [answer.status, errorCode(answer.body)];
      };
      return [
        await said('/plugin-commands/no-such-plugin/report/run', {}),
        await said('/plugin-commands/stock-pulse/no-such-command/run', {}),
        await said('/plugin-commands/stock-pulse/no-such-command/run', { asset: 'x' }),
      ];
    },
  },
  {
    routes: ['GET /plugin-jobs'],
    // The mock runs no jobs (the reference server does): only that the route answers a list is compared.
    what: 'the jobs list answers',
    run: async ({ alice }) =>
      outcome(alice.getPluginJobs(), (list) => [list.supported, Array.isArray(list.jobs)]),
  },
  {
    routes: ['GET /*', 'POST /*', 'PUT /*', 'PATCH /*', 'DELETE /*'],
    what: 'any other API path is a 404 NOT_FOUND',
    run: async ({ raw }) => {
      const answers = [];
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
        answers.push(await raw(method, '/no-such-route', method === 'GET' ? undefined : {}));
      return answers.map(({ status, body }) => [status, errorCode(body)]);
    },
  },
  {
    routes: ['POST /auth/logout'],
    what: 'signing out ends the session on the server',
    run: async ({ alice }) => {
      await alice.logout();
      return outcome(alice.me());
    },
  },
];

/**
 * Routes of the real server the mock does not answer, and why: none of them is called by a screen a
 * component test or a story renders. Anything else the server mounts, the mock must answer.
 */
const SERVER_ONLY: Record<string, string> = {
  'GET /mcp': 'the MCP endpoint for AI assistants (Streamable HTTP), not called by the app',
  'POST /mcp': 'the MCP endpoint for AI assistants (Streamable HTTP), not called by the app',
  'DELETE /mcp': 'the MCP endpoint for AI assistants (Streamable HTTP), not called by the app',
  'POST /plugin-jobs/run-due': "the scheduler's call with the service token, never a user's",
  'GET /catalog/folders':
    "administrators' view of the server's plugin folders; the mock has no administrators",
  'POST /catalog/folders/rescan':
    "administrators' rescan of the server's plugin folders; the mock has no administrators",
};

/** `METHOD /path` with every parameter written `:`, so `/plugins/:id` and `/plugins/:pluginId` compare equal. */
const routeShape = (route: string) => route.replace(/:[A-Za-z_]+(\{[^}]*\})?/g, ':');

/** `METHOD /path` of each API route the real server mounts (Hono's route table, middleware left out). */
function serverRoutes(server: RunningServer): string[] {
  const routes = server.server.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith(`${API_BASE}/`))
    .map((route) => `${route.method} ${route.path.slice(API_BASE.length)}`);
  return [...new Set(routes)].sort();
}

/** `METHOD /path` of each handler the mock mounts under `base`. */
function mountedRoutes(handlers: HttpHandler[], base: string): string[] {
  return handlers.map(
    (handler) => `${String(handler.info.method)} ${String(handler.info.path).slice(base.length)}`,
  );
}

describe('the msw mock and the reference server agree, route by route', () => {
  const mockServer = setupServer();
  let dataDir: string;
  let real: RunningServer;
  const sides: { real?: Side; mock?: Side } = {};

  async function side(baseUrl: string): Promise<Side> {
    const tokens = new Map<ApiClient, string>();
    const signIn = async (username: string) => {
      const auth = createMemoryAuth();
      const client = createApiClient({ baseUrl, auth, timeoutMs: 20_000 });
      await client.login(username, `${username}-demo`);
      tokens.set(client, auth.getToken() ?? '');
      return client;
    };
    return {
      alice: await signIn('alice'),
      bob: await signIn('bob'),
      anonymous: createApiClient({ baseUrl, timeoutMs: 20_000 }),
      raw: async (method, path, body, as) => {
        const headers: Record<string, string> = as ? { authorization: `Bearer ${tokens.get(as)}` } : {};
        if (body !== undefined) headers['content-type'] = 'application/json';
        const response = await fetch(`${baseUrl}${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, body: await response.json().catch(() => null) };
      },
    };
  }

  beforeAll(async () => {
    mockServer.listen({ onUnhandledRequest: 'bypass' });
    dataDir = mkdtempSync(join(tmpdir(), 'stac-web-parity-'));
    real = await startServer({
      database: await testDatabase(join(dataDir, 'parity.db')),
      port: 0,
      host: '127.0.0.1',
      demo: true,
      log: false,
    });
    mockServer.use(...createPluginApiHandlers({ db: createMockDatabase(), baseUrl: MOCK_BASE }));
    sides.real = await side(`${real.url}/api/v1`);
    sides.mock = await side(MOCK_BASE);
  });

  afterAll(async () => {
    mockServer.close();
    await real?.close();
    await dropTestDatabase(join(dataDir, 'parity.db'));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has a case for every route the mock mounts', () => {
    const mounted = mountedRoutes(createPluginApiHandlers({ baseUrl: MOCK_BASE }), MOCK_BASE);
    const covered = new Set(cases.flatMap((parityCase) => parityCase.routes));
    expect([...covered].sort()).toEqual([...mounted].sort());
  });

  it('answers every route the real server mounts, but the few that are server-only', () => {
    const mocked = new Set(
      mountedRoutes(createPluginApiHandlers({ baseUrl: MOCK_BASE }), MOCK_BASE).map(routeShape),
    );
    const onServer = serverRoutes(real);
    const missing = onServer.filter((route) => !mocked.has(routeShape(route)) && !(route in SERVER_ONLY));
    expect(missing, 'server routes the mock does not answer: add them to mocks/plugin-api').toEqual([]);
    // The list stays short and true: an entry for a route the server dropped, or one the mock now answers, goes.
    const stale = Object.keys(SERVER_ONLY).filter(
      (route) => !onServer.includes(route) || mocked.has(routeShape(route)),
    );
    expect(stale, 'SERVER_ONLY entries to remove').toEqual([]);
  });

  it.each(cases.map((parityCase) => [parityCase.routes.join(', '), parityCase] as const))(
    '%s',
    async (_routes, parityCase) => {
      const fromServer = await parityCase.run(sides.real!);
      const fromMock = await parityCase.run(sides.mock!);
      expect({ [parityCase.what]: fromMock }).toEqual({ [parityCase.what]: fromServer });
    },
  );
});
