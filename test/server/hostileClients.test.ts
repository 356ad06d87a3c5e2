import {
  json,
  localFixtureFetchPolicy,
  startFixtureServer,
  type FixtureServer,
} from './helpers/fixtureServer';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from './helpers/testServer';

// Deviations found by the security audit (issue 18), each pinned at the HTTP level of a real server.

const remotePlugin = {
  name: 'Remote Gauge',
  version: '2.0.0',
  slot: 'asset_detail',
  ui: { type: 'text', data: 'Quality: <<asset.qualityScore>>' },
};
const DEPTH = 100_000;

let fixture: FixtureServer;

beforeAll(async () => {
  fixture = await startFixtureServer({
    '/good.json': json(remotePlugin),
    '/deep.json': (_req, res) => {
      const deep = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"name":"Deep","ui":${deep}}`);
    },
    '/untyped.json': (_req, res) => {
      // No Content-Type header at all.
      res.writeHead(200).end(JSON.stringify(remotePlugin));
    },
  });
});

afterAll(() => fixture.close());

describe('sign-in under parallel guessing', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ loginRateLimit: { maxFailuresPerAccount: 5, maxFailuresPerIp: 100 } });
  }, 30_000);
  afterAll(() => server.stop());

  it('lets 5 of 20 parallel wrong passwords for one account reach the password check; the rest get 429', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        callApi(server.url, 'POST', '/auth/login', { body: { username: 'alice', password: `guess-${i}` } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    const limited = answers.find((answer) => answer.status === 429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // The right password is refused too while the account is limited from this address.
    const right = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'alice', password: 'alice-demo' },
    });
    expect(right.status).toBe(429);
  }, 60_000);

  it('ignores X-Forwarded-For unless the proxy is trusted, so a client cannot pick a fresh bucket', async () => {
    for (let i = 0; i < 6; i += 1) {
      await callApi(server.url, 'POST', '/auth/login', {
        body: { username: 'bob', password: `wrong-${i}` },
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      });
    }
    const forged = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'bob', password: 'bob-demo' },
      headers: { 'x-forwarded-for': '198.51.100.200' },
    });
    expect(forged.status).toBe(429);
  }, 60_000);
});

describe('sign-in behind a trusted reverse proxy (STAC_WEB_TRUST_PROXY)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      trustProxy: ['loopback'],
      loginRateLimit: { maxFailuresPerAccount: 3, maxFailuresPerIp: 100 },
    });
  }, 30_000);
  afterAll(() => server.stop());

  it('counts each forwarded client on its own, so one attacker behind the proxy does not lock out everyone', async () => {
    const attacker = { 'x-forwarded-for': '203.0.113.66' };
    for (let i = 0; i < 4; i += 1) {
      await callApi(server.url, 'POST', '/auth/login', {
        body: { username: 'alice', password: `wrong-${i}` },
        headers: attacker,
      });
    }
    const attackerAgain = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'alice', password: 'alice-demo' },
      headers: attacker,
    });
    expect(attackerAgain.status).toBe(429);
    // Alice signs in through the same proxy from her own address.
    const alice = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'alice', password: 'alice-demo' },
      headers: { 'x-forwarded-for': '198.51.100.10' },
    });
    expect(alice.status).toBe(200);
    // A client that prepends a forged hop is still counted by the address the proxy saw.
    const spoofed = await callApi(server.url, 'POST', '/auth/login', {
      body: { username: 'alice', password: 'alice-demo' },
      headers: { 'x-forwarded-for': '198.51.100.10, 203.0.113.66' },
    });
    expect(spoofed.status).toBe(429);
  }, 60_000);

  it('refuses to start with a proxy list it cannot read', async () => {
    await expect(startTestServer({ trustProxy: ['my-proxy.internal'] })).rejects.toThrow(
      /STAC_WEB_TRUST_PROXY/,
    );
  });
});

describe('plugins fetched by URL', () => {
  let server: TestServer;
  let alice: string;
  beforeAll(async () => {
    server = await startTestServer({ fetch: localFixtureFetchPolicy });
    alice = await signInAlice(server.url);
  }, 30_000);
  afterAll(() => server.stop());

  it('answers a clean 422 for a file nested 100,000 levels deep, on preview and on install', async () => {
    const url = `${fixture.base}/deep.json`;
    const preview = await callApi(server.url, 'GET', `/plugins/preview-stac?url=${encodeURIComponent(url)}`, {
      token: alice,
    });
    expect(preview.status).toBe(422);
    expect(preview.body).toMatchObject({
      error: 'INVALID_STAC',
      message: expect.stringMatching(/deeper than/),
    });
    const install = await callApi(server.url, 'POST', '/plugins/install', {
      token: alice,
      body: { id: 'deep', download_url: url },
    });
    expect(install.status).toBe(422);
    expect(install.body).toMatchObject({ error: 'INVALID_STAC' });
  });

  it('refuses an answer without a Content-Type', async () => {
    const url = `${fixture.base}/untyped.json`;
    const preview = await callApi(server.url, 'GET', `/plugins/preview-stac?url=${encodeURIComponent(url)}`, {
      token: alice,
    });
    expect(preview.status).toBe(422);
    expect(preview.body).toMatchObject({
      reason: 'NOT_JSON',
      message: expect.stringMatching(/Content-Type/),
    });
  });
});

describe("another user's private plugin", () => {
  let server: TestServer;
  let alice: string;
  let privateId: string;
  beforeAll(async () => {
    server = await startTestServer({ fetch: localFixtureFetchPolicy });
    alice = await signInAlice(server.url);
    const bob = await signInBob(server.url);
    const created = await callApi<{ id: string }>(server.url, 'POST', '/plugins', {
      token: bob,
      body: {
        name: 'Bob Secret',
        version: '3.0.0',
        slot: 'dashboard_top',
        isPublic: false,
        ui: { type: 'text', data: 'secret' },
      },
    });
    expect(created.status).toBe(201);
    privateId = created.body.id;
  }, 30_000);
  afterAll(() => server.stop());

  /** What a route answers, with the id itself blanked so two ids can be compared. */
  async function answerFor(id: string, method: string, path: string, body?: unknown) {
    const answer = await callApi(server.url, method, path.replace('{id}', id), { token: alice, body });
    const text = JSON.stringify(answer.body)
      .split(id)
      .join('{id}')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '{time}');
    return { status: answer.status, body: JSON.parse(text) as unknown };
  }

  it('answers every route exactly as for a plugin that does not exist', async () => {
    const missingId = 'no-such-plugin-4f2a';
    const calls: Array<[string, string, (id: string) => unknown]> = [
      ['GET', '/plugins/{id}', () => undefined],
      ['PUT', '/plugins/{id}', () => ({ version: '9.0.0', name: 'Taken over' })],
      ['DELETE', '/plugins/{id}', () => undefined],
      ['POST', '/plugins/install', (id) => ({ id })],
      ['POST', '/plugins/install', (id) => ({ id, download_url: `${fixture.base}/good.json` })],
      ['GET', '/plugins/{id}', () => undefined],
      ['PUT', '/plugins/user/toggle', (id) => ({ pluginId: id, isActive: false })],
      ['POST', '/plugins/user/update', (id) => ({ pluginId: id })],
      ['POST', '/plugins/install', (id) => ({ id, download_url: `${fixture.base}/good.json` })],
      ['DELETE', '/plugins/uninstall/{id}', () => undefined],
    ];
    for (const [method, path, body] of calls) {
      const forPrivate = await answerFor(privateId, method, path, body(privateId));
      const forMissing = await answerFor(missingId, method, path, body(missingId));
      expect(forPrivate, `${method} ${path}`).toEqual(forMissing);
    }
  }, 30_000);

  it('shows an install under that id only as the user’s own snapshot, never the private plugin’s facts', async () => {
    const installed = await callApi(server.url, 'POST', '/plugins/install', {
      token: alice,
      body: { id: privateId, download_url: `${fixture.base}/good.json` },
    });
    expect(installed.status).toBe(200);
    const list = await callApi<Array<Record<string, unknown>>>(server.url, 'GET', '/plugins/installed', {
      token: alice,
    });
    const mine = list.body.find((plugin) => plugin.id === privateId);
    expect(mine).toMatchObject({
      version: '2.0.0',
      latestVersion: '2.0.0',
      hasUpdate: false,
      inCatalog: false,
    });
    const read = await callApi(server.url, 'GET', `/plugins/${privateId}`, { token: alice });
    expect(read.status).toBe(404);
    const update = await callApi(server.url, 'POST', '/plugins/user/update', {
      token: alice,
      body: { pluginId: privateId },
    });
    expect(update.status).toBe(404);
    expect(JSON.stringify(update.body)).not.toMatch(/Bob Secret|3\.0\.0/);
  });
});
