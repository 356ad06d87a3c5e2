/**
 * What the server sends for the app's files: compressed bytes negotiated by Accept-Encoding (Brotli, then
 * gzip, from the copies the build writes), long-lived caching for hashed bundles, a revalidated index.html.
 * Read with node:http, which (unlike fetch) shows the bytes exactly as they came over the wire.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDirectory } from '../../scripts/precompressAssets.mjs';
import { signInAlice, startTestServer, type TestServer } from './helpers/testServer';

let server: TestServer;
let distDir: string;
// Like a real bundle: long and repetitive enough that compression matters.
const bundle = Array.from(
  { length: 2000 },
  (_, i) => `export const widget${i} = () => render("w${i}");`,
).join('\n');
const indexHtml = `<!doctype html><html><head><title>stac-web</title>${'<meta name="x" content="y">'.repeat(60)}</head><body><div id="root"></div><script type="module" src="/assets/index-abcdef12.js"></script></body></html>`;

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
}

function rawGet(
  path: string,
  acceptEncoding?: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = get(
      `${server.url}${path}`,
      {
        headers: {
          ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            bytes: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

function decoded(answer: RawAnswer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.bytes).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.bytes).toString('utf8');
  return answer.bytes.toString('utf8');
}

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'stac-web-dist-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'index.html'), indexHtml);
  writeFileSync(join(distDir, 'assets', 'index-abcdef12.js'), bundle);
  writeFileSync(join(distDir, 'assets', 'tiny-abcdef12.js'), 'export {};');
  writeFileSync(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await precompressDirectory(distDir);
  server = await startTestServer({ distDir });
}, 60_000);

afterAll(() => server.stop());

describe('compressed static files', () => {
  it('the build writes a Brotli and a gzip copy beside each text file, but not beside a tiny one', () => {
    const original = readFileSync(join(distDir, 'assets', 'index-abcdef12.js'));
    expect(brotliDecompressSync(readFileSync(join(distDir, 'assets', 'index-abcdef12.js.br')))).toEqual(
      original,
    );
    expect(gunzipSync(readFileSync(join(distDir, 'assets', 'index-abcdef12.js.gz')))).toEqual(original);
    expect(() => readFileSync(join(distDir, 'assets', 'tiny-abcdef12.js.br'))).toThrow(/ENOENT/);
  });

  it('sends Brotli to a browser that accepts it, a fraction of the plain size, with the same content', async () => {
    const answer = await rawGet('/assets/index-abcdef12.js', 'gzip, deflate, br, zstd');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
    expect(answer.bytes.length).toBeLessThan(Buffer.byteLength(bundle) / 5);
    expect(decoded(answer)).toBe(bundle);
  });

  it('sends gzip when Brotli is not accepted, and plain bytes when nothing is', async () => {
    const gzipped = await rawGet('/assets/index-abcdef12.js', 'gzip, deflate');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzipped)).toBe(bundle);

    const plain = await rawGet('/assets/index-abcdef12.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.toString('utf8')).toBe(bundle);
    // Caches must not hand the plain answer to a browser that could have had the small one, or vice versa.
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('lets browsers keep hashed bundles for a year, compressed or not', async () => {
    for (const encoding of ['br', 'gzip', undefined]) {
      const answer = await rawGet('/assets/index-abcdef12.js', encoding);
      expect(answer.headers['cache-control'], String(encoding)).toBe('public, max-age=31536000, immutable');
    }
  });

  it('lets browsers keep the site icon for a day, so a page that changes its address does not fetch it again', async () => {
    const answer = await rawGet('/favicon.svg');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(answer.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('sends index.html compressed and revalidated on every visit, at / and at client routes', async () => {
    for (const path of ['/', '/dashboard', '/marketplace/plugins/bob-loan-tracker']) {
      const answer = await rawGet(path, 'gzip, deflate, br');
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(answer.headers['content-type'], path).toMatch(/text\/html/);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      expect(decoded(answer), path).toBe(indexHtml);
    }
  });
});

describe('compressed API answers', () => {
  it('gzips a large JSON answer when the client accepts it', async () => {
    const token = await signInAlice(server.url);
    const plain = await rawGet('/api/v1/plugins/community', undefined, { authorization: `Bearer ${token}` });
    const gzipped = await rawGet('/api/v1/plugins/community', 'gzip, deflate, br', {
      authorization: `Bearer ${token}`,
    });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 2);
    expect(JSON.parse(decoded(gzipped))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
  });

  it('sends a small JSON answer as it is, with its length: gzip would only make it larger', async () => {
    const token = await signInAlice(server.url);
    for (const [path, headers] of [
      ['/config.json', {}],
      ['/api/v1/auth/me', { authorization: `Bearer ${token}` }],
    ] as const) {
      const answer = await rawGet(path, 'gzip, deflate, br', headers);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-encoding'], path).toBeUndefined();
      expect(answer.bytes.length, path).toBeLessThan(1024);
      expect(answer.headers['content-length'], path).toBe(String(answer.bytes.length));
      expect(JSON.parse(answer.bytes.toString('utf8')), path).toBeTruthy();
    }
  });
});
