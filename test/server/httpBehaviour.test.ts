import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi, signInAlice, startTestServer, type TestServer } from './helpers/testServer';

let server: TestServer;
let alice: string;
let distDir: string;

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'stac-web-dist-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abcdef12.js"></script></body></html>',
  );
  writeFileSync(join(distDir, 'assets', 'index-abcdef12.js'), 'console.log("app")');
  mkdirSync(join(distDir, 'embed', 'chunks'), { recursive: true });
  writeFileSync(join(distDir, 'embed', 'stac-slot.js'), 'export {};');
  writeFileSync(join(distDir, 'embed', 'stac-slot.core.js'), 'export {};');
  writeFileSync(join(distDir, 'embed', 'chunks', 'focus-trap-Ab12Cd34.js'), 'export {};');
  server = await startTestServer({ distDir, bodyLimitBytes: 64 * 1024 });
  alice = await signInAlice(server.url);
}, 30_000);

afterAll(() => server.stop());

describe('request bodies', () => {
  it('answers 413 PAYLOAD_TOO_LARGE for a body over the limit, before looking at it', async () => {
    const big = JSON.stringify({
      name: 'x'.repeat(100 * 1024),
      version: '1.0.0',
      slot: 'dashboard_top',
      ui: {},
    });
    const answer = await callApi(server.url, 'POST', '/plugins', {
      token: alice,
      rawBody: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ success: false, error: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers 413 for an oversized chunked body without Content-Length too', async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/api/v1/plugins`, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice}`, 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    // The unread rest of the body would poison a reused connection.
    expect(response.headers.get('connection')).toBe('close');
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
  });

  it('answers 400 INVALID_JSON with a message that says what to fix, and no parser internals', async () => {
    const answer = await callApi<{ message: string; error: string }>(server.url, 'POST', '/plugins/install', {
      token: alice,
      rawBody: '{"id": "prueba",',
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('INVALID_JSON');
    expect(answer.body.message).toMatch(/not valid JSON/);
    expect(answer.body.message).not.toMatch(/at position|SyntaxError|Unexpected/);
  });

  it('answers 400 for an empty body and for a body of the wrong shape', async () => {
    const empty = await callApi(server.url, 'PUT', '/plugins/user/toggle', { token: alice, rawBody: '' });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: 'INVALID_JSON' });
    const wrongShape = await callApi(server.url, 'PUT', '/plugins/user/toggle', {
      token: alice,
      body: [1, 2],
    });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body).toMatchObject({ error: 'INVALID_REQUEST' });
  });

  it('refuses a NUL character in a body or URL with 400 that says to remove it, on SQLite and PostgreSQL alike', async () => {
    const created = await callApi<{ message: string }>(server.url, 'POST', '/plugins', {
      token: alice,
      body: {
        name: 'Null\u0000Byte',
        version: '1.0.0',
        slot: 'dashboard_top',
        ui: { type: 'text', data: 'x' },
      },
    });
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ error: 'INVALID_REQUEST', message: expect.stringContaining('NUL') });
    const community = await callApi<Array<{ name: string }>>(server.url, 'GET', '/plugins/community', {
      token: alice,
    });
    expect(community.body.some((plugin) => plugin.name.startsWith('Null'))).toBe(false);
    const inPath = await callApi<{ message: string }>(server.url, 'GET', '/plugins/abc%00def', {
      token: alice,
    });
    expect(inPath.status).toBe(400);
    expect(inPath.body.message).toContain('remove it');
  });
});

describe('the SPA', () => {
  it('serves index.html with a strict Content-Security-Policy and security headers', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('falls back to index.html for client routes (history API), but not for missing files', async () => {
    for (const path of ['/marketplace', '/marketplace/plugins/bob-loan-tracker', '/assets/asset-drill-01']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<div id="root">');
    }
    expect((await fetch(`${server.url}/missing-file.js`)).status).toBe(404);
  });

  it('serves hashed bundles with a long cache and public/ files such as the catalog', async () => {
    const bundle = await fetch(`${server.url}/assets/index-abcdef12.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('cache-control')).toContain('immutable');
    const catalogFile = await fetch(`${server.url}/plugins/bob-loan-tracker.json`);
    expect(catalogFile.status).toBe(200);
    expect(await catalogFile.json()).toMatchObject({ id: 'bob-loan-tracker', version: '1.1.0' });
  });

  it('lets browsers keep the embed’s hashed chunks, and revalidates the embed’s entry (its name never changes)', async () => {
    const chunk = await fetch(`${server.url}/embed/chunks/focus-trap-Ab12Cd34.js`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toContain('javascript');
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    const entry = await fetch(`${server.url}/embed/stac-slot.js`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets a page of another origin load the embed’s modules and icons (CORS), and nothing else of the site', async () => {
    const origin = { Origin: 'https://shop.example' };
    for (const path of [
      '/embed/stac-slot.core.js',
      '/embed/chunks/focus-trap-Ab12Cd34.js',
      '/embed/stac-icons/filled/person.json',
    ]) {
      const response = await fetch(`${server.url}${path}`, { headers: origin });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
    }
    const app = await fetch(`${server.url}/assets/index-abcdef12.js`, { headers: origin });
    expect(app.status).toBe(200);
    expect(app.headers.get('access-control-allow-origin')).toBeNull();
    expect(app.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('does not serve files outside the web roots', async () => {
    for (const path of [
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/plugins/..%2f..%2fpackage.json',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(await response.text()).not.toContain('"devDependencies"');
    }
  });

  it('API answers are not cacheable and are never framed', async () => {
    const response = await fetch(`${server.url}/api/v1/health`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('without a build', () => {
  it('explains how to build instead of failing obscurely', async () => {
    const bare = await startTestServer({ distDir: join(tmpdir(), 'stac-web-no-such-dist') });
    try {
      const response = await fetch(`${bare.url}/marketplace`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm start');
    } finally {
      await bare.stop();
    }
  });
});
