import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from './helpers/testServer';

/**
 * The installed list (and so the order of plugins in a slot) is the order the user installed them in, even
 * when installs fall in one millisecond: the clock is frozen here, so every install happens at "the same"
 * instant and only the server's own ordering can keep them apart.
 */
describe('install order', () => {
  let server: TestServer;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T12:00:00.000Z'));
    server = await startTestServer();
  });

  afterEach(async () => {
    await server?.stop();
    vi.useRealTimers();
  });

  const installedIds = async (token: string) =>
    (await callApi<Array<{ id: string }>>(server.url, 'GET', '/plugins/installed', { token })).body.map(
      (plugin) => plugin.id,
    );

  it('seeds the demo users’ plugins in the same order on every first start', async () => {
    expect(await installedIds(await signInAlice(server.url))).toEqual([
      'bob-loan-tracker',
      'stock-pulse',
      'inventory-overview',
      'asset-health-card',
      'quick-actions',
      'asset-tags',
    ]);
    expect(await installedIds(await signInBob(server.url))).toEqual([
      'inventory-overview',
      'asset-value-card',
      'quien_soy',
    ]);
  });

  it('lists two plugins installed in one millisecond in the order they were installed', async () => {
    const token = await signInBob(server.url);
    for (const id of ['shift-notes', 'carrier-tracking']) {
      const answer = await callApi(server.url, 'POST', '/plugins/install', { token, body: { id } });
      expect(answer).toMatchObject({ status: 200 });
    }
    expect((await installedIds(token)).slice(-2)).toEqual(['shift-notes', 'carrier-tracking']);
  });
});
