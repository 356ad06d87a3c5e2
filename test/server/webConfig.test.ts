import { afterEach, describe, expect, it } from 'vitest';
import { webConfigFromEnv } from '../../server/http/webConfig';
import { createApiClient } from '../../src/api-client';
import { startTestServer, type TestServer } from './helpers/testServer';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe('the SPA’s run-time configuration', () => {
  it('serves /config.json from the environment: API base, backend profile, catalog index', async () => {
    server = await startTestServer({
      webConfig: webConfigFromEnv({
        STAC_WEB_API_URL: 'https://invenicum.example.com/api/v1',
        STAC_WEB_API_PROFILE: 'invenicum',
        STAC_WEB_CATALOG_INDEX_URL:
          'https://raw.githubusercontent.com/acme/market/main/repository_plugin.json',
      }),
    });
    const response = await fetch(`${server.url}/config.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      apiBaseUrl: 'https://invenicum.example.com/api/v1',
      apiProfile: 'invenicum',
      catalogIndexUrl: 'https://raw.githubusercontent.com/acme/market/main/repository_plugin.json',
    });
    // The page may then reach that API: the CSP lets its fetches through, and nothing else.
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://invenicum.example.com;",
    );
  });

  it('defaults to this server’s own API and the reference profile', async () => {
    server = await startTestServer({ webConfig: webConfigFromEnv({}) });
    expect(await (await fetch(`${server.url}/config.json`)).json()).toEqual({
      apiBaseUrl: '/api/v1',
      apiProfile: 'reference',
    });
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self';");
  });

  it('refuses a wrong setting at start with a sentence that says what to write', () => {
    expect(() => webConfigFromEnv({ STAC_WEB_API_PROFILE: 'invenicm' })).toThrow(
      /STAC_WEB_API_PROFILE must be one of reference, invenicum, auto, got "invenicm"/,
    );
    expect(() => webConfigFromEnv({ STAC_WEB_API_URL: 'ftp://x/api' })).toThrow(
      /STAC_WEB_API_URL must be a path/,
    );
  });

  it('is detected as the reference backend by a client left on auto', async () => {
    server = await startTestServer({ webConfig: webConfigFromEnv({}) });
    const api = createApiClient({
      baseUrl: `${server.url}/api/v1`,
      profile: 'auto',
      fetch: globalThis.fetch,
    });
    const result = await api.login('alice', 'alice-demo');
    expect(api.profile).toBe('reference');
    expect(result.user.username).toBe('alice');
    expect((await api.getDemoInfo()).enabled).toBe(true);
  });
});
