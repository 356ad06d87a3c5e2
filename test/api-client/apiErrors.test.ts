import { delay, http, HttpResponse } from 'msw';
import { ApiError, createApiClient, createMemoryAuth, shouldRetryApiError } from '../../src/api-client';
import { setupMockApiServer, setupMockApi } from './mockApiServer';

const server = setupMockApiServer();

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

const validUi = { type: 'text', data: 'Hi' };

describe('documented error codes', () => {
  it('PLUGIN_NOT_FOUND: uninstalling what is not installed', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'bob' });
    const error = await rejection(client.uninstallPlugin('stock-pulse'));
    expect(error).toMatchObject({ status: 404, code: 'PLUGIN_NOT_FOUND' });
    expect(error.message).toMatch(
      /"stock-pulse" was not found\. It may have been deleted; refresh the list\.$/,
    );
  });

  it('ALREADY_INSTALLED: installing twice', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const error = await rejection(client.installPlugin({ id: 'stock-pulse' }));
    expect(error).toMatchObject({ status: 409, code: 'ALREADY_INSTALLED' });
    expect(error.message).toMatch(/installed plugins/);
  });

  it('INVALID_STAC: creating a plugin whose UI breaks the schema, with JSON paths', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'alice' });
    const error = await rejection(
      client.createPlugin({
        name: 'Broken',
        version: '1.0.0',
        slot: 'dashboard_top',
        ui: { type: 'column', children: [{ type: 'nope' }] },
      }),
    );
    expect(error).toMatchObject({ status: 422, code: 'INVALID_STAC' });
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues[0].path).toMatch(/^ui\.children\[0\]/);
    expect([...db.plugins.values()].some((p) => p.name === 'Broken')).toBe(false);
  });

  it('PERMISSION_DENIED: changing or deleting somebody else’s plugin', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const update = await rejection(client.updatePlugin('bob-loan-tracker', { version: '9.0.0' }));
    expect(update).toMatchObject({ status: 403, code: 'PERMISSION_DENIED' });
    const removal = await rejection(client.deletePlugin('bob-loan-tracker'));
    expect(removal.code).toBe('PERMISSION_DENIED');
  });

  it('VERSION_CONFLICT: publishing a version that is not newer', async () => {
    const { client, db } = setupMockApi(server, { signedInAs: 'bob' });
    const current = db.plugins.get('bob-loan-tracker')!.version;
    const error = await rejection(client.updatePlugin('bob-loan-tracker', { version: current, ui: validUi }));
    expect(error).toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    expect(error.message).toMatch(/Raise the version/);
  });
});

describe('sessions', () => {
  it('UNAUTHENTICATED: a 401 clears the token and tells the app once', async () => {
    const { db } = setupMockApi(server);
    const auth = createMemoryAuth({ initialToken: db.tokenFor('alice') });
    const onUnauthenticated = vi.fn();
    const client = createApiClient({ auth, onUnauthenticated });
    db.sessions.clear(); // the session expired on the server
    const error = await rejection(client.getInstalledPlugins());
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(error.message).toBe('Your session has expired or is invalid; sign in again.');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(onUnauthenticated).toHaveBeenCalledWith(error);
    expect(auth.getToken()).toBeNull();
  });

  it('UNAUTHENTICATED without any token, and listeners can unsubscribe', async () => {
    const { client } = setupMockApi(server);
    const listener = vi.fn();
    const unsubscribe = client.subscribeUnauthenticated(listener);
    await rejection(client.getCommunityPlugins());
    unsubscribe();
    await rejection(client.getCommunityPlugins());
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('INVALID_CREDENTIALS on a wrong password does not count as a lost session', async () => {
    const { db } = setupMockApi(server);
    const onUnauthenticated = vi.fn();
    const client = createApiClient({ onUnauthenticated });
    const error = await rejection(client.login('alice', 'wrong'));
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(client.isAuthenticated()).toBe(false);
    expect(db.sessions.size).toBe(0);
  });

  it('RATE_LIMITED after repeated failures, with the wait from Retry-After', async () => {
    const { client } = setupMockApi(server);
    for (let i = 0; i < 5; i += 1) await rejection(client.login('bob', `guess-${i}`));
    const error = await rejection(client.login('bob', 'bob-demo'));
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 900 });
    expect(error.isTransient).toBe(true);
  });
});

describe('server codes', () => {
  it('INVALID_REQUEST names the field that is wrong', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const error = await rejection(
      client.createPlugin({ name: 'X', version: 'one', slot: 'dashboard_top', ui: validUi }),
    );
    expect(error).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
    expect(error.serverMessage).toMatch(/version/);
  });

  it('URL_NOT_ALLOWED and FETCH_FAILED for previews', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    expect((await rejection(client.previewPluginStac('http://example.com/p.json'))).code).toBe(
      'URL_NOT_ALLOWED',
    );
    expect(await rejection(client.previewPluginStac('https://example.com/missing.json'))).toMatchObject({
      status: 502,
      code: 'FETCH_FAILED',
    });
  });

  it('ASSET_NOT_FOUND', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    expect(await rejection(client.getAsset('nope'))).toMatchObject({ status: 404, code: 'ASSET_NOT_FOUND' });
  });

  it('passes an unknown code through and keeps the server sentence', async () => {
    server.use(
      http.get('*/api/v1/plugins/community', () =>
        HttpResponse.json(
          { success: false, error: 'QUOTA_EXCEEDED', message: 'Quota used up' },
          { status: 402 },
        ),
      ),
    );
    const error = await rejection(createApiClient().getCommunityPlugins());
    expect(error).toMatchObject({ status: 402, code: 'QUOTA_EXCEEDED', serverMessage: 'Quota used up' });
  });

  it('a 200 that says success: false is still a failure', async () => {
    server.use(
      http.put('*/api/v1/plugins/user/toggle', () =>
        HttpResponse.json({ success: false, error: 'PLUGIN_NOT_FOUND', message: 'Plugin not found' }),
      ),
    );
    expect((await rejection(createApiClient().togglePlugin('x', true))).code).toBe('PLUGIN_NOT_FOUND');
  });

  it('every call fails with INTERNAL_ERROR in the error scenario; 5xx are transient', async () => {
    const { client } = setupMockApi(server, { signedInAs: 'alice', handlers: { scenario: 'error' } });
    const error = await rejection(client.getCommunityPlugins());
    expect(error).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', isTransient: true });
  });

  it('a plugin URL the server could not download (502 FETCH_FAILED) is reported at once, not retried', async () => {
    server.use(
      http.get('*/api/v1/plugins/preview-stac', () =>
        HttpResponse.json(
          { success: false, error: 'FETCH_FAILED', message: 'The plugin could not be downloaded: HTTP 404.' },
          { status: 502 },
        ),
      ),
    );
    const { client } = setupMockApi(server, { signedInAs: 'alice' });
    const error = await rejection(
      client.previewPluginStac('https://raw.githubusercontent.com/a/b/main/x.json'),
    );
    expect(error).toMatchObject({ status: 502, code: 'FETCH_FAILED', isTransient: false });
    expect(shouldRetryApiError(0, error)).toBe(false);
  });

  it('an HTML error page from a proxy becomes SERVER_ERROR by its status', async () => {
    server.use(
      http.get('*/api/v1/assets', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })),
    );
    expect(await rejection(createApiClient().getAssets())).toMatchObject({
      status: 502,
      code: 'SERVER_ERROR',
    });
  });
});

describe('transport failures', () => {
  it('NETWORK when no answer arrives', async () => {
    server.use(http.get('*/api/v1/assets', () => HttpResponse.error()));
    const error = await rejection(createApiClient().getAssets());
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
    expect(error.message).toBe('The server could not be reached. Check your connection and try again.');
  });

  it('TIMEOUT when the server does not answer in time', async () => {
    server.use(
      http.get('*/api/v1/assets', async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    // The handler never answers: TIMEOUT can only come from the client.
    const error = await rejection(createApiClient({ timeoutMs: 60 }).getAssets());
    expect(error).toMatchObject({ status: 0, code: 'TIMEOUT' });
  });

  it('a per-call timeout overrides the client default', async () => {
    server.use(
      http.get('*/api/v1/assets', async () => {
        await delay(150);
        return HttpResponse.json([]);
      }),
    );
    const client = createApiClient({ timeoutMs: 50 });
    // The answer comes 150 ms after the request, past the default; the per-call ceiling is far enough
    // away that a loaded machine cannot reach it first.
    await expect(client.getAssets({ timeoutMs: 30_000 })).resolves.toEqual([]);
  });

  it('ABORTED when the caller cancels, distinct from a timeout', async () => {
    server.use(
      http.get('*/api/v1/assets', async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    const controller = new AbortController();
    const pending = createApiClient({ timeoutMs: 10_000 }).getAssets({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await rejection(pending)).toMatchObject({ status: 0, code: 'ABORTED' });
  });

  it('an already aborted signal sends no request', async () => {
    const seen = vi.fn();
    server.use(
      http.get('*/api/v1/assets', () => {
        seen();
        return HttpResponse.json([]);
      }),
    );
    const controller = new AbortController();
    controller.abort();
    expect((await rejection(createApiClient().getAssets({ signal: controller.signal }))).code).toBe(
      'ABORTED',
    );
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('response checking', () => {
  it('INVALID_RESPONSE when a list item misses a required field, with its path', async () => {
    server.use(
      http.get('*/api/v1/plugins/community', () => HttpResponse.json([{ id: 'a', name: 'A' }, { id: 'b' }])),
    );
    const error = await rejection(createApiClient().getCommunityPlugins());
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' });
    expect(error.issues.map((issue) => issue.path)).toContain('[1].name');
  });

  it('INVALID_RESPONSE when a 200 is not JSON', async () => {
    server.use(
      http.get(
        '*/api/v1/plugins/installed',
        () => new HttpResponse('<!doctype html><p>SPA</p>', { status: 200 }),
      ),
    );
    expect((await rejection(createApiClient().getInstalledPlugins())).code).toBe('INVALID_RESPONSE');
  });

  it('INVALID_RESPONSE when login answers without a token', async () => {
    server.use(http.post('*/api/v1/auth/login', () => HttpResponse.json({ user: { username: 'a' } })));
    const client = createApiClient();
    expect((await rejection(client.login('a', 'b'))).code).toBe('INVALID_RESPONSE');
    expect(client.isAuthenticated()).toBe(false);
  });

  it('tolerates the real backend: numeric ids, ui wrapped twice, icon_url, nulls and missing fields', async () => {
    server.use(
      http.get('*/api/v1/plugins/community', () =>
        HttpResponse.json([
          {
            id: 7,
            name: 'Legacy',
            ui: { ui: { type: 'text', data: 'x' } },
            icon_url: 'https://x.test/i.png',
            description: null,
          },
        ]),
      ),
    );
    const [plugin] = await createApiClient().getCommunityPlugins();
    expect(plugin).toMatchObject({
      id: '7',
      name: 'Legacy',
      ui: { type: 'text', data: 'x' },
      authorAvatar: 'https://x.test/i.png',
      description: '',
      version: '0.0.0',
      hasUpdate: false,
    });
  });
});
