/**
 * STAC_WEB_CORS_ORIGINS: pages of the listed origins may call the Plugin API from a browser (an embed on a
 * shop's page talking to this server without a proxy); nothing changes for a server without it. Requests go
 * over real HTTP on 127.0.0.1 with node:http, which sends `Origin` as a browser would.
 */
import { parseCorsOrigins } from '../../../server/http/corsPolicy';
import { startServer } from '../../../server/index';
import { rawRequest } from '../helpers/rawHttp';
import { signInAlice, startTestServer, type TestServer } from '../helpers/testServer';

const SHOP = 'https://shop.example';
const OTHER = 'https://evil.example';

/** node:http sends `Origin` as a browser does. */
async function send(url: string, method: string, headers: Record<string, string>) {
  const answer = await rawRequest(url, method, headers);
  return { ...answer, body: answer.body.toString('utf8') };
}

const preflight = (server: TestServer, origin: string, path = '/api/v1/plugins/installed') =>
  send(`${server.url}${path}`, 'OPTIONS', {
    origin,
    'access-control-request-method': 'GET',
    'access-control-request-headers': 'authorization',
  });

describe('reading STAC_WEB_CORS_ORIGINS', () => {
  it('takes comma-separated origins, without a trailing slash, each once', () => {
    expect(parseCorsOrigins(' https://shop.example/, http://localhost:5173 ,https://shop.example')).toEqual([
      'https://shop.example',
      'http://localhost:5173',
    ]);
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins('*')).toEqual(['*']);
  });

  it('refuses what a browser never sends as an origin, saying what to write', () => {
    expect(() => parseCorsOrigins('https://shop.example/app')).toThrow(
      /"https:\/\/shop\.example\/app" is not an origin; give scheme, host and port only/,
    );
    expect(() => parseCorsOrigins('shop.example')).toThrow(/"shop\.example" is not an origin/);
    expect(() => parseCorsOrigins('ftp://shop.example')).toThrow(/is not an origin/);
    expect(() => parseCorsOrigins('*, https://shop.example')).toThrow(
      /"\*" allows every origin; give it alone/,
    );
  });

  it('stops the start with that message, before the database is touched', async () => {
    const previous = process.env.STAC_WEB_CORS_ORIGINS;
    process.env.STAC_WEB_CORS_ORIGINS = 'https://shop.example/path';
    try {
      await expect(
        startServer({ host: '127.0.0.1', port: 0, database: '/nonexistent/dir/db.sqlite' }),
      ).rejects.toThrow(/STAC_WEB_CORS_ORIGINS: "https:\/\/shop\.example\/path" is not an origin/);
    } finally {
      if (previous === undefined) delete process.env.STAC_WEB_CORS_ORIGINS;
      else process.env.STAC_WEB_CORS_ORIGINS = previous;
    }
  });
});

describe('a server that lists an origin', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer({ corsOrigins: [SHOP] });
    token = await signInAlice(server.url);
  }, 60_000);
  afterAll(() => server?.stop());

  it("answers that origin's preflight without a token, saying what the page may send", async () => {
    const answer = await preflight(server, SHOP);
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(SHOP);
    expect(answer.headers['access-control-allow-methods']).toBe('GET, POST, PUT, PATCH, DELETE');
    expect(answer.headers['access-control-allow-headers']).toBe('Authorization, Content-Type');
    expect(answer.headers['access-control-max-age']).toBe('600');
    expect(answer.headers.vary).toBe('Origin');
  });

  it("refuses another origin's preflight with a message for the server's operator", async () => {
    const answer = await preflight(server, OTHER);
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(JSON.parse(answer.body)).toMatchObject({
      error: 'PERMISSION_DENIED',
      message:
        "Pages of https://evil.example may not call this API: add that origin to the server's STAC_WEB_CORS_ORIGINS.",
    });
  });

  it('lets the page read the installed list, the usual way and from memory alike', async () => {
    const headers = { origin: SHOP, authorization: `Bearer ${token}` };
    // The first answer fills the kept list; later ones may come from memory before the router (SQLite).
    for (let i = 0; i < 3; i += 1) {
      const answer = await send(`${server.url}/api/v1/plugins/installed`, 'GET', headers);
      expect(answer.status).toBe(200);
      expect(Array.isArray(JSON.parse(answer.body))).toBe(true);
      expect(answer.headers['access-control-allow-origin']).toBe(SHOP);
      expect(answer.headers['access-control-expose-headers']).toBe('Retry-After, WWW-Authenticate');
      expect(answer.headers.vary).toMatch(/(^|, )Origin$/);
      // The API's own security headers stay.
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });

  it('says the answer varies by origin and by encoding, both', async () => {
    const headers = { origin: SHOP, authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' };
    for (const path of ['/api/v1/plugins/installed', '/api/v1/plugins/installed', '/api/v1/assets']) {
      const answer = await send(`${server.url}${path}`, 'GET', headers);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers.vary).toBe('Accept-Encoding, Origin');
    }
  });

  it('lets the page read a refused token, so the embed can say the token is wrong', async () => {
    const answer = await send(`${server.url}/api/v1/plugins/installed`, 'GET', {
      origin: SHOP,
      authorization: 'Bearer not-a-real-token-at-all',
    });
    expect(answer.status).toBe(401);
    expect(answer.headers['access-control-allow-origin']).toBe(SHOP);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'UNAUTHORIZED' });
  });

  it('gives another origin, or a request without one, no leave to read', async () => {
    for (const origin of [OTHER, undefined]) {
      const answer = await send(`${server.url}/api/v1/plugins/installed`, 'GET', {
        ...(origin ? { origin } : {}),
        authorization: `Bearer ${token}`,
      });
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      expect(answer.headers.vary).toMatch(/(^|, )Origin$/);
    }
  });

  it('adds nothing to the app’s own pages and files', async () => {
    const answer = await send(`${server.url}/config.json`, 'GET', { origin: SHOP });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('a server that lists no origin (the default)', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer();
    token = await signInAlice(server.url);
  }, 60_000);
  afterAll(() => server?.stop());

  it('sends no CORS headers, so no other page can read its answers', async () => {
    const answer = await send(`${server.url}/api/v1/plugins/installed`, 'GET', {
      origin: SHOP,
      authorization: `Bearer ${token}`,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers.vary ?? '').not.toMatch(/Origin/);
    const refused = await preflight(server, SHOP);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(refused.status).not.toBe(204);
  });
});

describe('a server that allows every origin', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ corsOrigins: ['*'] });
  }, 60_000);
  afterAll(() => server?.stop());

  it('answers any page with "*"', async () => {
    const answer = await preflight(server, OTHER, '/api/v1/health');
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    const health = await send(`${server.url}/api/v1/health`, 'GET', { origin: OTHER });
    expect(health.headers['access-control-allow-origin']).toBe('*');
  });
});
