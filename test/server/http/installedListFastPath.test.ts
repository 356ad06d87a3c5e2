/**
 * `GET /api/v1/plugins/installed` is answered before the router when everything it needs is in memory and the
 * database's change watch says nothing was written since (server/routes/installedListFastPath.ts; SQLite).
 * The app then answers synchronously, which is how these tests tell the fast path from the usual one (a
 * Promise). They hold it to the usual answer (the same app without the fast path, on the same database): the
 * same status, headers, bytes and log line; and check every case it must leave to the usual way.
 */
import type { Hono } from 'hono';
import { createApp, type LogEntry } from '../../../server/index';
import type { AppEnv } from '../../../server/http/appEnv';
import { listen, meaningful, rawGet } from '../helpers/rawHttp';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer;
let usual: Hono<AppEnv>;
let usualUrl: string;
let closeUsual: () => Promise<void>;
let alice: string;
const entries: LogEntry[] = [];
const PATH = '/api/v1/plugins/installed';

beforeAll(async () => {
  server = await startTestServer({ log: (entry) => entries.push(entry) });
  // The same services (database, sessions, logger), without the fast path.
  usual = createApp(server.server.services, { installedListFastPath: false });
  ({ url: usualUrl, close: closeUsual } = await listen(usual.fetch));
  alice = await signInAlice(server.url);
}, 60_000);

afterAll(async () => {
  await closeUsual();
  await server.stop();
});

const fast = () => server.server.app;
const request = (headers: Record<string, string>, path = PATH) =>
  new Request(`http://127.0.0.1${path}`, { headers });

/**
 * What the app gives for `headers`, and how: `at once` (the fast path from memory), `after one query` (the
 * fast path's session-and-revisions query) or `the usual way` (the middleware's session check ran).
 */
async function answer(app: Hono<AppEnv>, headers: Record<string, string>, path = PATH) {
  const { sessions, plugins } = server.server.services;
  const sessionChecks = vi.spyOn(sessions, 'resolveUser');
  const oneQuery = vi.spyOn(plugins, 'userWithInstalledListRevision');
  let response: Response;
  let answered: 'at once' | 'after one query' | 'the usual way';
  try {
    const given = app.fetch(request(headers, path));
    response = await given;
    answered = !(given instanceof Promise)
      ? 'at once'
      : sessionChecks.mock.calls.length === 0 && oneQuery.mock.calls.length === 1
        ? 'after one query'
        : 'the usual way';
  } finally {
    sessionChecks.mockRestore();
    oneQuery.mockRestore();
  }
  return {
    answered,
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** How a kept, current list is answered: from memory on SQLite, after one query on PostgreSQL. */
const fastWay = () => (server.dialect === 'sqlite' ? 'at once' : 'after one query');
const aliceWith = (more: Record<string, string> = {}) => ({ authorization: `Bearer ${alice}`, ...more });

describe('the installed list answered before the router', () => {
  it.each([
    ['no Accept-Encoding', {}],
    ['identity', { 'accept-encoding': 'identity' }],
    ['gzip', { 'accept-encoding': 'gzip, deflate, br' }],
  ])('%s: the same status, headers and bytes as the usual way', async (_name, encoding) => {
    await answer(fast(), aliceWith(encoding)); // the first is built (and its gzip made) the usual way
    const first = await answer(fast(), aliceWith(encoding));
    const second = await answer(usual, aliceWith(encoding));
    expect(first.answered).toBe(fastWay());
    expect(second.answered).toBe('the usual way');
    expect(first.status).toBe(200);
    expect(first.headers).toEqual(second.headers);
    expect(first.body.equals(second.body)).toBe(true);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.headers['content-length']).toBe(String(first.body.length));

    // And over the wire, through @hono/node-server.
    const wireFast = await rawGet(`${server.url}${PATH}`, aliceWith(encoding));
    const wireUsual = await rawGet(`${usualUrl}${PATH}`, aliceWith(encoding));
    expect(wireFast.status).toBe(200);
    expect(meaningful(wireFast.headers)).toEqual(meaningful(wireUsual.headers));
    expect(wireFast.body.equals(wireUsual.body)).toBe(true);
  });

  it('writes the same log line', async () => {
    await rawGet(`${server.url}${PATH}`, aliceWith());
    entries.length = 0;
    await rawGet(`${server.url}${PATH}`, aliceWith());
    await rawGet(`${usualUrl}${PATH}`, aliceWith());
    expect(entries).toHaveLength(2);
    const [viaFast, viaUsual] = entries.map(({ ms, ...rest }) => {
      expect(ms).toBeTypeOf('number');
      return rest;
    });
    expect(viaFast).toEqual(viaUsual);
    expect(viaFast).toEqual({
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: PATH,
      status: 200,
      user: 'alice',
    });
  });

  it('leaves to the usual way what it cannot answer from memory, which answers it right', async () => {
    await answer(fast(), aliceWith());
    expect((await answer(fast(), aliceWith())).answered).toBe(fastWay());

    const later = async (headers: Record<string, string>, status: number, path = PATH) => {
      const given = await answer(fast(), headers, path);
      expect(given.answered).toBe('the usual way');
      expect(given.status).toBe(status);
      return given;
    };
    // A query string (the NUL check reads it), a client that takes deflate only (compress() encodes it).
    await later(aliceWith(), 200, `${PATH}?x=1`);
    await later(aliceWith(), 400, `${PATH}?x=%00`);
    const deflate = await later(aliceWith({ 'accept-encoding': 'deflate' }), 200);
    expect(deflate.headers['content-encoding']).toBe('deflate');
    // No token, an unknown one, and a user whose list was never asked for.
    const none = await later({}, 401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    await later({ authorization: 'Bearer not-a-session-not-a-session' }, 401);
    const bob = await signInBob(server.url);
    await later({ authorization: `Bearer ${bob}` }, 200);
  });

  it('answers the usual way right after any write, then from memory again', async () => {
    await answer(fast(), aliceWith());
    const toggle = (isActive: boolean) =>
      callApi(server.url, 'PUT', '/plugins/user/toggle', {
        token: alice,
        body: { pluginId: 'asset-tags', isActive },
      });
    expect((await toggle(false)).status).toBe(200);
    const afterWrite = await answer(fast(), aliceWith());
    expect(afterWrite.answered).toBe('the usual way');
    const list = JSON.parse(afterWrite.body.toString('utf8')) as Array<{ id: string; isActive: boolean }>;
    expect(list.find((plugin) => plugin.id === 'asset-tags')?.isActive).toBe(false);
    const again = await answer(fast(), aliceWith());
    expect(again.answered).toBe(fastWay());
    expect(again.body.equals(afterWrite.body)).toBe(true);
    expect((await toggle(true)).status).toBe(200);
  });
});
