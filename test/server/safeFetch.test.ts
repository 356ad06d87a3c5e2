import { createSafeFetcher, SafeFetchError, type SafeFetchOptions } from '../../server/index';
import { json, redirect, startFixtureServer, type FixtureServer } from './helpers/fixtureServer';

const samplePlugin = {
  name: 'Remote',
  version: '1.2.0',
  slot: 'dashboard_top',
  ui: { type: 'text', data: 'remote' },
};

let fixture: FixtureServer;

/** What a test allows to reach the fixture: its host, over http, with its loopback address exempted. */
const fixtureAccess = (): SafeFetchOptions => ({
  allowHosts: ['127.0.0.1'],
  allowHttpHosts: ['127.0.0.1'],
  allowPrivateForTests: ['127.0.0.1'],
});

async function refusal(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchError> {
  const error = await createSafeFetcher(options)(url).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${url} to be refused`).toBeInstanceOf(SafeFetchError);
  return error as SafeFetchError;
}

beforeAll(async () => {
  fixture = await startFixtureServer({
    '/plugin.json': json(samplePlugin),
    '/to-plugin': redirect((base) => `${base}/plugin.json`),
    '/relative': (_req, res) => void res.writeHead(301, { location: '/plugin.json' }).end(),
    '/to-loopback-2': redirect((base) => `http://127.0.0.2:${new URL(base).port}/plugin.json`),
    '/to-ipv6-loopback': redirect((base) => `http://[::1]:${new URL(base).port}/plugin.json`),
    '/to-metadata': redirect(() => 'http://169.254.169.254/latest/meta-data/'),
    '/to-evil': redirect(() => 'https://evil.test/plugin.json'),
    '/hop1': redirect((base) => `${base}/hop2`),
    '/hop2': redirect((base) => `${base}/hop3`),
    '/hop3': redirect((base) => `${base}/hop4`),
    '/hop4': redirect((base) => `${base}/plugin.json`),
    '/huge': (_req, res) => {
      // 5 MB streamed without a Content-Length: only counting while reading can stop it.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 5 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('{}');
      };
      res.on('error', () => {});
      pump();
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5 * 1024 * 1024) });
      res.write('{');
    },
    // Never answers (no fixed delay that a loaded machine could outrun): only the fetcher's timeout ends it.
    '/slow': () => {},
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"name":');
    },
    '/page.html': (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'),
    '/broken.json': (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/json' }).end('{"name": '),
    '/raw-style.json': (_req, res) =>
      void res
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        .end(JSON.stringify(samplePlugin)),
  });
});

afterAll(() => fixture.close());

describe('safe fetcher: addresses the server must never reach', () => {
  const internal = [
    'http://127.0.0.1/',
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://2130706433/',
    'http://0x7f.0.0.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::1]/',
    'http://0.0.0.0/',
  ];

  it.each(internal)('refuses %s with the default policy (not https, not allow-listed)', async (url) => {
    expect((await refusal(url)).code).toBe('URL_NOT_ALLOWED');
  });

  it.each(internal)('refuses %s by its address even when its host and http are allow-listed', async (url) => {
    const host = new URL(url).hostname;
    const error = await refusal(url, { allowHosts: [host], allowHttpHosts: [host], timeoutMs: 1000 });
    expect(error.code).toBe('ADDRESS_NOT_ALLOWED');
  });

  it('refuses a URL that hides the host behind credentials (raw.githubusercontent.com@evil.test)', async () => {
    const error = await refusal('https://raw.githubusercontent.com@evil.test/plugin.json');
    expect(error.code).toBe('URL_NOT_ALLOWED');
  });

  it('refuses a look-alike host (raw.githubusercontent.com.evil.test)', async () => {
    const error = await refusal('https://raw.githubusercontent.com.evil.test/plugin.json');
    expect(error.code).toBe('URL_NOT_ALLOWED');
    expect(error.message).toContain('allow-list');
  });

  it('refuses plain http to an allow-listed host unless http is allowed for it', async () => {
    expect((await refusal('http://raw.githubusercontent.com/a/b/main/p.json')).code).toBe('URL_NOT_ALLOWED');
  });

  it('refuses a name whose DNS answer is private, or mixes a public and a private address', async () => {
    const privateAnswer = await refusal('https://plugins.example/p.json', {
      allowHosts: ['plugins.example'],
      resolve: async () => [{ address: '192.168.1.10', family: 4 }],
    });
    expect(privateAnswer.code).toBe('ADDRESS_NOT_ALLOWED');
    const mixed = await refusal('https://plugins.example/p.json', {
      allowHosts: ['plugins.example'],
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '::ffff:10.0.0.1', family: 6 },
      ],
    });
    expect(mixed.code).toBe('ADDRESS_NOT_ALLOWED');
  });
});

describe('safe fetcher: following a local fixture server', () => {
  it('fetches JSON from an allow-listed host, also when served as text/plain like raw.githubusercontent.com', async () => {
    const fetchJson = createSafeFetcher(fixtureAccess());
    expect((await fetchJson(`${fixture.base}/plugin.json`)).json).toEqual(samplePlugin);
    expect((await fetchJson(`${fixture.base}/raw-style.json`)).json).toEqual(samplePlugin);
  });

  it('connects to the address it checked, resolving the name once per hop', async () => {
    const lookups: string[] = [];
    const fetchJson = createSafeFetcher({
      allowHosts: ['plugins.fixture.test'],
      allowHttpHosts: ['plugins.fixture.test'],
      allowPrivateForTests: ['127.0.0.1'],
      resolve: async (hostname) => {
        lookups.push(hostname);
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const result = await fetchJson(`http://plugins.fixture.test:${fixture.port}/plugin.json`);
    expect(result.json).toEqual(samplePlugin);
    expect(lookups).toEqual(['plugins.fixture.test']);
    expect(fixture.seen.at(-1)).toBe(`GET /plugin.json plugins.fixture.test:${fixture.port}`);
  });

  it('follows a checked redirect (absolute and relative) and reports the final URL', async () => {
    const fetchJson = createSafeFetcher(fixtureAccess());
    expect((await fetchJson(`${fixture.base}/to-plugin`)).url).toBe(`${fixture.base}/plugin.json`);
    expect((await fetchJson(`${fixture.base}/relative`)).json).toEqual(samplePlugin);
  });

  it('refuses a redirect to another loopback address, to IPv6 loopback and to the metadata address', async () => {
    const options: SafeFetchOptions = {
      ...fixtureAccess(),
      allowHosts: ['127.0.0.1', '127.0.0.2', '[::1]', '169.254.169.254'],
      allowHttpHosts: ['127.0.0.1', '127.0.0.2', '[::1]', '169.254.169.254'],
    };
    for (const path of ['/to-loopback-2', '/to-ipv6-loopback', '/to-metadata']) {
      const before = fixture.seen.length;
      expect((await refusal(`${fixture.base}${path}`, options)).code).toBe('ADDRESS_NOT_ALLOWED');
      expect(fixture.seen.slice(before)).toEqual([`GET ${path} 127.0.0.1:${fixture.port}`]);
    }
  });

  it('refuses a redirect to a host that is not allow-listed', async () => {
    expect((await refusal(`${fixture.base}/to-evil`, fixtureAccess())).code).toBe('URL_NOT_ALLOWED');
  });

  it('follows at most 3 redirects', async () => {
    const error = await refusal(`${fixture.base}/hop1`, fixtureAccess());
    expect(error.code).toBe('TOO_MANY_REDIRECTS');
    expect((await createSafeFetcher(fixtureAccess())(`${fixture.base}/hop2`)).json).toEqual(samplePlugin);
  });

  it('stops reading a 5 MB body (streamed, or announced by Content-Length) at the 1 MB cap', async () => {
    expect((await refusal(`${fixture.base}/huge`, fixtureAccess())).code).toBe('TOO_LARGE');
    expect((await refusal(`${fixture.base}/huge-declared`, fixtureAccess())).code).toBe('TOO_LARGE');
  });

  it('gives up on a slow answer and on a stalled body at the timeout', async () => {
    const options = { ...fixtureAccess(), timeoutMs: 300 };
    expect((await refusal(`${fixture.base}/slow`, options)).code).toBe('TIMEOUT');
    expect((await refusal(`${fixture.base}/slow-body`, options)).code).toBe('TIMEOUT');
  });

  it('accepts JSON only', async () => {
    expect((await refusal(`${fixture.base}/page.html`, fixtureAccess())).code).toBe('NOT_JSON');
    expect((await refusal(`${fixture.base}/broken.json`, fixtureAccess())).code).toBe('NOT_JSON');
  });
});

describe("safe fetcher: the server's own catalog", () => {
  const ownCatalog = {
    origins: ['http://127.0.0.1:8080'],
    read: async (file: string) => (file === 'demo.json' ? JSON.stringify(samplePlugin) : undefined),
  };

  it('reads /plugins/<file>.json from disk by relative path or own origin, without any network', async () => {
    const fetchJson = createSafeFetcher({ ownCatalog });
    expect((await fetchJson('/plugins/demo.json')).json).toEqual(samplePlugin);
    expect((await fetchJson('http://127.0.0.1:8080/plugins/demo.json')).json).toEqual(samplePlugin);
  });

  it('does not open other paths of its own origin', async () => {
    expect((await refusal('/plugins/../data/stac-web.db', { ownCatalog })).code).toBe('URL_NOT_ALLOWED');
    expect((await refusal('http://127.0.0.1:8080/api/v1/auth/demo', { ownCatalog })).code).toBe(
      'URL_NOT_ALLOWED',
    );
  });
});
