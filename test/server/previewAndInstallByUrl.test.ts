import { json, startFixtureServer, type FixtureServer } from './helpers/fixtureServer';
import { callApi, signInAlice, startTestServer, type TestServer } from './helpers/testServer';

let fixture: FixtureServer;
let server: TestServer;
let alice: string;

const goodPlugin = {
  id: 'remote-gauge',
  name: 'Remote Gauge',
  version: '2.0.0',
  slot: 'asset_detail',
  author: 'octocat',
  ui: { type: 'column', children: [{ type: 'text', data: 'Quality: <<asset.qualityScore>>' }] },
};
const flawedPlugin = {
  ...goodPlugin,
  id: 'flawed',
  ui: { type: 'column', children: [{ type: 'blinkingMarquee' }] },
};

beforeAll(async () => {
  fixture = await startFixtureServer({
    '/good.json': json(goodPlugin),
    '/flawed.json': json(flawedPlugin),
    '/bare.json': json({ type: 'text', data: 'just a document' }),
    '/no-ui.json': json({ name: 'Nothing to show' }),
  });
  server = await startTestServer({
    fetch: {
      allowHosts: ['127.0.0.1'],
      allowHttpHosts: ['127.0.0.1'],
      allowPrivateForTests: ['127.0.0.1'],
      timeoutMs: 30_000, // a ceiling for a loaded machine; no test here waits for it to pass
    },
  });
  alice = await signInAlice(server.url);
}, 30_000);

afterAll(async () => {
  await server.stop();
  await fixture.close();
});

const preview = (url: string) =>
  callApi<Record<string, unknown>>(
    server.url,
    'GET',
    `/plugins/preview-stac?url=${encodeURIComponent(url)}`,
    { token: alice },
  );

describe('GET /plugins/preview-stac', () => {
  it('answers the plugin, its ui and no issues for a valid file', async () => {
    const answer = await preview(`${fixture.base}/good.json`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      name: 'Remote Gauge',
      version: '2.0.0',
      slot: 'asset_detail',
      valid: true,
      issues: [],
    });
    expect(answer.body.ui).toEqual(goodPlugin.ui);
  });

  it('answers the plugin with its validation issues when the ui has problems', async () => {
    const answer = await preview(`${fixture.base}/flawed.json`);
    expect(answer.status).toBe(200);
    expect(answer.body.valid).toBe(false);
    const issues = answer.body.issues as Array<{ path: string; code: string }>;
    expect(
      issues.some((issue) => issue.path.startsWith('ui.children[0]') && issue.code === 'unknown_widget'),
    ).toBe(true);
  });

  it('accepts a bare STAC document, warning about the defaults it assumed', async () => {
    const answer = await preview(`${fixture.base}/bare.json`);
    expect(answer.body).toMatchObject({ name: 'bare', version: '1.0.0', slot: 'dashboard_top', valid: true });
    expect(
      (answer.body.issues as Array<{ severity: string }>).every((issue) => issue.severity === 'warning'),
    ).toBe(true);
  });

  it('answers INVALID_STAC (422) for a file without ui', async () => {
    const answer = await preview(`${fixture.base}/no-ui.json`);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ success: false, error: 'INVALID_STAC' });
  });

  it('previews the server’s own catalog files', async () => {
    const answer = await preview('/plugins/bob-loan-tracker.json');
    expect(answer.body).toMatchObject({ id: 'bob-loan-tracker', version: '1.1.0', valid: true });
  });

  it('refuses internal addresses with URL_NOT_ALLOWED (400) and says why', async () => {
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'https://raw.githubusercontent.com@evil.test/x.json',
      'file:///etc/passwd',
    ]) {
      const answer = await preview(url);
      expect(answer.status, url).toBe(400);
      expect(answer.body).toMatchObject({ success: false, error: 'URL_NOT_ALLOWED' });
    }
    const missing = await callApi(server.url, 'GET', '/plugins/preview-stac', { token: alice });
    expect(missing.status).toBe(400);
  });

  it('answers FETCH_FAILED (502) when the remote answers 404', async () => {
    const answer = await preview(`${fixture.base}/gone.json`);
    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({ error: 'FETCH_FAILED', reason: 'HTTP_ERROR' });
  });
});

describe('POST /plugins/install with download_url', () => {
  it('downloads through the guarded fetcher, validates, and installs a snapshot under the given id', async () => {
    const answer = await callApi<{ success: boolean; plugin: Record<string, unknown> }>(
      server.url,
      'POST',
      '/plugins/install',
      {
        token: alice,
        body: {
          id: 'remote-gauge',
          name: 'Remote Gauge',
          author: 'octocat',
          version: '2.0.0',
          download_url: `${fixture.base}/good.json`,
          isOfficial: false,
        },
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.plugin).toMatchObject({
      id: 'remote-gauge',
      version: '2.0.0',
      isActive: true,
      inCatalog: false,
      ui: goodPlugin.ui,
    });
    const installed = (
      await callApi<Array<{ id: string }>>(server.url, 'GET', '/plugins/installed', { token: alice })
    ).body;
    expect(installed.map((plugin) => plugin.id)).toContain('remote-gauge');
    // A URL install is private to the user: it does not appear in the community catalog.
    const community = (
      await callApi<Array<{ id: string }>>(server.url, 'GET', '/plugins/community', { token: alice })
    ).body;
    expect(community.map((plugin) => plugin.id)).not.toContain('remote-gauge');

    const again = await callApi(server.url, 'POST', '/plugins/install', {
      token: alice,
      body: { id: 'remote-gauge', download_url: `${fixture.base}/good.json` },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'ALREADY_INSTALLED' });
  });

  it('refuses an invalid document with INVALID_STAC and its issues, and an internal URL with URL_NOT_ALLOWED', async () => {
    const flawed = await callApi<{ error: string; issues: unknown[] }>(
      server.url,
      'POST',
      '/plugins/install',
      {
        token: alice,
        body: { id: 'flawed', download_url: `${fixture.base}/flawed.json` },
      },
    );
    expect(flawed.status).toBe(422);
    expect(flawed.body.error).toBe('INVALID_STAC');
    expect(flawed.body.issues.length).toBeGreaterThan(0);
    const internal = await callApi(server.url, 'POST', '/plugins/install', {
      token: alice,
      body: { id: 'meta', download_url: 'http://169.254.169.254/latest/meta-data/' },
    });
    expect(internal.status).toBe(400);
    expect(internal.body).toMatchObject({ error: 'URL_NOT_ALLOWED' });
  });

  it('installs the catalog plugin when the id is in the catalog, without fetching the URL', async () => {
    const before = fixture.seen.length;
    const answer = await callApi(server.url, 'POST', '/plugins/install', {
      token: alice,
      body: { id: 'otro_mas', download_url: `${fixture.base}/good.json` },
    });
    expect(answer.status).toBe(200);
    expect(fixture.seen.length).toBe(before);
  });
});
