import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from './helpers/testServer';

/**
 * Every route with no token, a junk token, another user's token and the owner's token. "Owner" is bob:
 * he authored the plugin or holds the install the route acts on; alice is the other user.
 */
interface Target {
  method: string;
  path: string;
  body?: unknown;
}

interface RouteCase {
  route: string;
  /** Builds fresh resources owned by bob and returns the request. */
  target: (ctx: Ctx) => Promise<Target>;
  owner: number;
  /** Status for alice; [status, code] when refused. */
  other: number | [number, string];
}

interface Ctx {
  server: TestServer;
  bob: string;
}

let server: TestServer;
let alice: string;
let bob: string;
let counter = 0;

const minimalUi = { type: 'text', data: 'Hello <<user.name>>' };

async function bobPlugin(ctx: Ctx, isPublic = true): Promise<string> {
  counter += 1;
  const created = await callApi<{ id: string }>(ctx.server.url, 'POST', '/plugins', {
    token: ctx.bob,
    body: { name: `Matrix ${counter}`, version: '1.0.0', slot: 'dashboard_top', ui: minimalUi, isPublic },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function bobInstalled(ctx: Ctx): Promise<string> {
  const id = await bobPlugin(ctx);
  const installed = await callApi(ctx.server.url, 'POST', '/plugins/install', {
    token: ctx.bob,
    body: { id },
  });
  expect(installed.status).toBe(200);
  return id;
}

const cases: RouteCase[] = [
  {
    route: 'GET /auth/me',
    target: async () => ({ method: 'GET', path: '/auth/me' }),
    owner: 200,
    other: 200,
  },
  { route: 'GET /assets', target: async () => ({ method: 'GET', path: '/assets' }), owner: 200, other: 200 },
  {
    route: 'GET /assets/:id',
    target: async () => ({ method: 'GET', path: '/assets/asset-drill-01' }),
    owner: 200,
    other: 200,
  },
  {
    route: 'GET /plugins/community',
    target: async () => ({ method: 'GET', path: '/plugins/community' }),
    owner: 200,
    other: 200,
  },
  {
    route: 'GET /plugins/installed',
    target: async () => ({ method: 'GET', path: '/plugins/installed' }),
    owner: 200,
    other: 200,
  },
  {
    route: 'GET /plugins/preview-stac',
    target: async () => ({
      method: 'GET',
      path: `/plugins/preview-stac?url=${encodeURIComponent('/plugins/prueba.json')}`,
    }),
    owner: 200,
    other: 200,
  },
  {
    route: 'POST /plugins/install',
    target: async (ctx) => ({ method: 'POST', path: '/plugins/install', body: { id: await bobPlugin(ctx) } }),
    owner: 200,
    other: 200,
  },
  {
    route: 'POST /plugins/install (private plugin)',
    target: async (ctx) => ({
      method: 'POST',
      path: '/plugins/install',
      body: { id: await bobPlugin(ctx, false) },
    }),
    owner: 200,
    other: [404, 'PLUGIN_NOT_FOUND'],
  },
  {
    route: 'DELETE /plugins/uninstall/:id',
    target: async (ctx) => ({ method: 'DELETE', path: `/plugins/uninstall/${await bobInstalled(ctx)}` }),
    owner: 200,
    other: [404, 'PLUGIN_NOT_FOUND'],
  },
  {
    route: 'PUT /plugins/user/toggle',
    target: async (ctx) => ({
      method: 'PUT',
      path: '/plugins/user/toggle',
      body: { pluginId: await bobInstalled(ctx), isActive: false },
    }),
    owner: 200,
    other: [404, 'PLUGIN_NOT_FOUND'],
  },
  {
    route: 'POST /plugins/user/update',
    target: async (ctx) => ({
      method: 'POST',
      path: '/plugins/user/update',
      body: { pluginId: await bobInstalled(ctx) },
    }),
    owner: 200,
    other: [404, 'PLUGIN_NOT_FOUND'],
  },
  {
    route: 'POST /plugins',
    target: async () => ({
      method: 'POST',
      path: '/plugins',
      body: { name: 'Created in matrix', version: '1.0.0', slot: 'asset_detail', ui: minimalUi },
    }),
    owner: 201,
    other: 201,
  },
  {
    route: 'GET /plugins/:id (private)',
    target: async (ctx) => ({ method: 'GET', path: `/plugins/${await bobPlugin(ctx, false)}` }),
    owner: 200,
    other: [404, 'PLUGIN_NOT_FOUND'],
  },
  {
    route: 'PUT /plugins/:id',
    target: async (ctx) => ({
      method: 'PUT',
      path: `/plugins/${await bobPlugin(ctx)}`,
      body: { version: '1.1.0', name: 'Renamed' },
    }),
    owner: 200,
    other: [403, 'PERMISSION_DENIED'],
  },
  {
    route: 'DELETE /plugins/:id',
    target: async (ctx) => ({ method: 'DELETE', path: `/plugins/${await bobPlugin(ctx)}` }),
    owner: 200,
    other: [403, 'PERMISSION_DENIED'],
  },
];

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = await Promise.all([signInAlice(server.url), signInBob(server.url)]);
}, 30_000);

afterAll(() => server.stop());

describe('authorization matrix', () => {
  it.each(cases)(
    '$route: 401 without a token and with a junk token, then other user and owner',
    async (routeCase) => {
      const ctx = { server, bob };
      const target = await routeCase.target(ctx);
      const call = (token?: string) =>
        callApi(server.url, target.method, target.path, { token, body: target.body });

      const anonymous = await call();
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ success: false, error: 'UNAUTHORIZED' });

      const junk = await call('not-a-real-token-but-long-enough-0123456789');
      expect(junk.status).toBe(401);
      expect(junk.body).toMatchObject({ success: false, error: 'UNAUTHORIZED' });

      const asOther = await call(alice);
      if (Array.isArray(routeCase.other)) {
        expect(asOther.status).toBe(routeCase.other[0]);
        expect(asOther.body).toMatchObject({ success: false, error: routeCase.other[1] });
      } else {
        expect(asOther.status).toBe(routeCase.other);
      }

      const asOwner = await call(bob);
      expect(asOwner.status).toBe(routeCase.owner);
    },
  );

  it('POST /auth/logout: 401 without or with a junk token; with a token it ends only that session', async () => {
    expect((await callApi(server.url, 'POST', '/auth/logout')).status).toBe(401);
    expect(
      (await callApi(server.url, 'POST', '/auth/logout', { token: 'junk-token-junk-token-junk-token' }))
        .status,
    ).toBe(401);
    const second = await signInBob(server.url);
    expect((await callApi(server.url, 'POST', '/auth/logout', { token: second })).status).toBe(200);
    expect((await callApi(server.url, 'GET', '/auth/me', { token: second })).status).toBe(401);
    // bob's other session and alice's are untouched.
    expect((await callApi(server.url, 'GET', '/auth/me', { token: bob })).status).toBe(200);
    expect((await callApi(server.url, 'GET', '/auth/me', { token: alice })).status).toBe(200);
  });

  it('health, login and demo info answer without a token', async () => {
    expect((await callApi(server.url, 'GET', '/health')).status).toBe(200);
    expect((await callApi(server.url, 'GET', '/auth/demo')).status).toBe(200);
    const login = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'alice', password: 'wrong-password' },
    });
    expect(login.status).toBe(401);
    expect(login.body).toMatchObject({ error: 'INVALID_CREDENTIALS' });
  });

  it('an unknown API route asks for a token first, then answers 404 NOT_FOUND', async () => {
    expect((await callApi(server.url, 'GET', '/nothing-here')).status).toBe(401);
    const known = await callApi(server.url, 'GET', '/nothing-here', { token: alice });
    expect(known.status).toBe(404);
    expect(known.body).toMatchObject({ success: false, error: 'NOT_FOUND' });
  });
});
