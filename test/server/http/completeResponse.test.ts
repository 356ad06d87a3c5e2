/**
 * A route that builds its whole answer (completeResponse: the installed list) skips the outer middleware's
 * pass over the headers. These tests hold it to answering exactly as the usual way would: the same status,
 * headers and bytes through the app's own middleware chain, and on the real server (SQLite and PostgreSQL)
 * the same security headers as any other API answer, the log line, and every encoding a client may ask for.
 */
import { gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { Hono } from 'hono';
import type { LogEntry } from '../../../server/index';
import { mountAnswerMiddleware } from '../../../server/http/answerMiddleware';
import type { AppEnv } from '../../../server/http/appEnv';
import { completeResponse } from '../../../server/http/completeResponse';
import { listen, meaningful, rawGet } from '../helpers/rawHttp';
import { callApi, signInAlice, startTestServer, type TestServer } from '../helpers/testServer';

const large = Buffer.from(
  JSON.stringify({ items: Array.from({ length: 80 }, (_, i) => `item number ${i}`) }),
);
const small = Buffer.from(JSON.stringify({ ok: true }));
const bodies = {
  large: { body: large, headers: { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' } },
  gzip: {
    body: gzipSync(large),
    headers: { 'Content-Type': 'application/json', Vary: 'Accept-Encoding', 'Content-Encoding': 'gzip' },
  },
  small: { body: small, headers: { 'Content-Type': 'application/json' } },
} as const;

describe('a complete answer and the usual one, through the app middleware chain', () => {
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const app = new Hono<AppEnv>();
    mountAnswerMiddleware(app, { log: () => undefined });
    for (const prefix of ['/api/v1/sample', '/page']) {
      app.get(`${prefix}/:way/:kind`, (c) => {
        const { body, headers } = bodies[c.req.param('kind') as keyof typeof bodies];
        const all = { ...headers, 'Content-Length': String(body.length) };
        const bytes = new Uint8Array(body) as Uint8Array<ArrayBuffer>;
        return c.req.param('way') === 'complete'
          ? completeResponse(c, 200, bytes, all)
          : c.body(bytes, 200, all);
      });
    }
    ({ url, close } = await listen(app.fetch));
  });

  afterAll(() => close());

  // Only what completeResponse promises to be: answers the outer middleware would not change but for the
  // security headers (encoded, under 1 KB, or for a client that asked for no encoding).
  const cases: Array<[keyof typeof bodies, Record<string, string>]> = [
    ['large', {}],
    ['large', { 'accept-encoding': 'identity' }],
    ['gzip', { 'accept-encoding': 'gzip, deflate, br' }],
    ['small', {}],
    ['small', { 'accept-encoding': 'gzip' }],
  ];

  it.each(cases)(
    '%s answer, request headers %o: the same status, headers and bytes',
    async (kind, headers) => {
      for (const prefix of ['/api/v1/sample', '/page']) {
        const usual = await rawGet(`${url}${prefix}/usual/${kind}`, headers);
        const complete = await rawGet(`${url}${prefix}/complete/${kind}`, headers);
        expect(complete.status).toBe(200);
        expect(meaningful(complete.headers)).toEqual(meaningful(usual.headers));
        expect(complete.body.equals(usual.body)).toBe(true);
      }
    },
  );

  it('an API answer gets the API policy, a page the page policy', async () => {
    const api = await rawGet(`${url}/api/v1/sample/complete/small`, {});
    const page = await rawGet(`${url}/page/complete/small`, {});
    expect(api.headers).toMatchObject({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
    });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['cache-control']).toBeUndefined();
  });
});

describe('GET /plugins/installed answers as every API answer does', () => {
  let server: TestServer;
  let alice: string;
  const entries: LogEntry[] = [];

  beforeAll(async () => {
    server = await startTestServer({ log: (entry) => entries.push(entry) });
    alice = await signInAlice(server.url);
  }, 60_000);

  afterAll(() => server.stop());

  const installed = (headers: Record<string, string>) =>
    rawGet(`${server.url}/api/v1/plugins/installed`, { authorization: `Bearer ${alice}`, ...headers });

  it('carries the security headers of an answer built the usual way, and is logged', async () => {
    const usual = await rawGet(`${server.url}/api/v1/auth/me`, { authorization: `Bearer ${alice}` });
    expect(usual.status).toBe(200);
    const list = await installed({ 'accept-encoding': 'identity' });
    expect(list.status).toBe(200);
    const names = [
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'x-frame-options',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'permissions-policy',
      'cache-control',
    ];
    for (const name of names) {
      expect(usual.headers[name], name).toBeDefined();
      expect(list.headers[name], name).toBe(usual.headers[name]);
    }
    expect(entries).toContainEqual(
      expect.objectContaining({
        msg: 'request',
        method: 'GET',
        path: '/api/v1/plugins/installed',
        status: 200,
        user: 'alice',
      }),
    );
  });

  it('sends the same list in every encoding a client may ask for, each with its true length', async () => {
    const plain = await installed({ 'accept-encoding': 'identity' });
    const list = JSON.parse(plain.body.toString('utf8')) as Array<{ id: string }>;
    expect(list.map((plugin) => plugin.id)).toContain('stock-pulse');
    expect(plain.headers).toMatchObject({
      'content-type': 'application/json',
      'content-length': String(plain.body.length),
      vary: 'Accept-Encoding',
    });
    expect(plain.headers['content-encoding']).toBeUndefined();

    const none = await installed({});
    expect(none.body.equals(plain.body)).toBe(true);

    const gzip = await installed({ 'accept-encoding': 'gzip, deflate, br' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-length']).toBe(String(gzip.body.length));
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);

    // A client that takes deflate only: compressed on the way out, as any other answer is.
    const deflate = await installed({ 'accept-encoding': 'deflate' });
    expect(deflate.headers['content-encoding']).toBe('deflate');
    expect(inflateSync(deflate.body).equals(plain.body)).toBe(true);
    expect(deflate.headers['x-frame-options']).toBe('DENY');
  });

  it('still refuses a request without a session, with the security headers', async () => {
    const refused = await callApi(server.url, 'GET', '/plugins/installed');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: 'UNAUTHORIZED' });
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect(refused.headers.get('x-frame-options')).toBe('DENY');
  });
});
