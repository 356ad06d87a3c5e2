/**
 * The embed reads the installed list, the signed-in user and a toggle's result without zod
 * (src/api-client/slotAnswers.ts); the app's zod schemas of the same answers wrap those readers. These tests
 * feed both clients the same answers, the reference server's and the real Invenicum backend's shapes, good
 * and bad, and check that a user is told the same thing by either.
 */
import { http, HttpResponse } from 'msw';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ApiError, createApiClient, createSlotApiClient } from '../../src/api-client';
import { CORPUS_DIR, readCorpusJson } from '../fixtures/paths';
import { setupMockApi, setupMockApiServer } from './mockApiServer';

const server = setupMockApiServer();
const BASE = 'http://answers.test/api/v1';

function answer(route: 'get' | 'put', pathname: string, body: unknown) {
  server.use(http[route](`${BASE}${pathname}`, () => HttpResponse.json(body as never)));
}

/** What a client made of an answer: the data, or the error a user is shown with its issues. */
async function outcome(call: () => Promise<unknown>) {
  try {
    return { data: await call() };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return {
      code: error.code,
      message: error.message,
      issues: error.issues.map(({ path: at, message }) => `${at}: ${message}`),
    };
  }
}

function clients() {
  return { embed: createSlotApiClient({ baseUrl: BASE }), app: createApiClient({ baseUrl: BASE }) };
}

const invenicumPlugins = readdirSync(path.join(CORPUS_DIR, 'invenicum'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => readCorpusJson<Record<string, unknown>>('invenicum', name));

describe('the answers the embed reads without zod', () => {
  it('reads the reference server’s installed list as the app does, its own fields included', async () => {
    const { client, auth } = setupMockApi(server, { signedInAs: 'alice' });
    const embed = createSlotApiClient({ baseUrl: client.baseUrl, auth });
    const [fromApp, fromEmbed] = [await client.getInstalledPlugins(), await embed.getInstalledPlugins()];
    expect(fromEmbed).toEqual(fromApp);
    expect(fromEmbed.length).toBeGreaterThan(3);
    expect(fromEmbed.every((plugin) => typeof plugin.id === 'string' && plugin.isActive)).toBe(true);
    expect(fromEmbed.some((plugin) => plugin.settingValues !== undefined)).toBe(true);
  });

  it('tolerates what the real Invenicum backend sends, in both clients alike', async () => {
    expect(invenicumPlugins.length).toBeGreaterThan(3);
    const list = invenicumPlugins.map((plugin, index) => ({
      ...plugin,
      id: index % 2 === 0 ? index + 1 : plugin.id,
      isActive: ['true', 1, 0, 'false'][index % 4],
      hasUpdate: index % 2 === 0 ? 'false' : 1,
      downloadCount: String(index * 10),
      description: null,
      ui: { ui: plugin.ui },
      icon_url: 'https://avatars.example/u.png',
    }));
    answer('get', '/plugins/installed', list);
    const { embed, app } = clients();
    const [fromEmbed, fromApp] = [
      await outcome(embed.getInstalledPlugins),
      await outcome(app.getInstalledPlugins),
    ];
    expect(fromEmbed).toEqual(fromApp);
    const plugins = fromEmbed.data as Array<Record<string, unknown>>;
    expect(plugins[0]).toMatchObject({ id: '1', isActive: true, hasUpdate: false, downloadCount: 0 });
    expect(plugins[1]).toMatchObject({ isActive: true, hasUpdate: true, downloadCount: 10, description: '' });
    expect(plugins[2]).toMatchObject({ isActive: false, authorAvatar: 'https://avatars.example/u.png' });
    expect(plugins.every((plugin) => typeof (plugin.ui as { type?: unknown }).type === 'string')).toBe(true);
  });

  it('refuses a bad installed list with the same error, paths and words in the embed and the app', async () => {
    answer('get', '/plugins/installed', [
      { id: 'ok', name: 'Fine', consentedPermissions: ['storage', 7] },
      { id: '', slot: 5, isActive: 'yes', downloadCount: 'many' },
      'not a plugin',
    ]);
    const { embed, app } = clients();
    const fromEmbed = await outcome(embed.getInstalledPlugins);
    expect(fromEmbed).toEqual(await outcome(app.getInstalledPlugins));
    expect(fromEmbed).toEqual({
      code: 'INVALID_RESPONSE',
      message:
        'GET /plugins/installed answered with an unexpected shape. The server may be a different version; tell the administrator.',
      issues: [
        '[0].consentedPermissions[1]: Invalid input: expected string, received number',
        '[1].id: Too small: expected string to have >=1 characters',
        '[1].name: Invalid input: expected string, received undefined',
        '[1].slot: Invalid input: expected string, received number',
        '[1].downloadCount: Invalid input',
        '[1].isActive: Invalid input',
        '[2]: Invalid input: expected object, received string',
      ],
    });
    answer('get', '/plugins/installed', { plugins: [] });
    expect((await outcome(embed.getInstalledPlugins)).issues).toEqual([
      '(response): Invalid input: expected array, received object',
    ]);
  });

  it('reads the signed-in user bare or as { user }, and refuses a bad one alike', async () => {
    const { embed, app } = clients();
    answer('get', '/auth/me', { user: { id: 7, username: 'alice', githubHandle: null, team: 'ops' } });
    expect(await outcome(embed.me)).toEqual({
      data: { id: '7', username: 'alice', githubHandle: null, team: 'ops' },
    });
    expect(await outcome(app.me)).toEqual(await outcome(embed.me));
    answer('get', '/auth/me', { username: 'bob', isAdmin: true });
    expect((await outcome(embed.me)).data).toEqual({ username: 'bob', isAdmin: true });
    for (const bad of [{ user: { username: '' } }, { username: 'bob', isAdmin: 'yes' }, [], { user: 5 }]) {
      answer('get', '/auth/me', bad);
      const fromEmbed = await outcome(embed.me);
      expect(fromEmbed.code).toBe('INVALID_RESPONSE');
      expect(fromEmbed).toEqual(await outcome(app.me));
    }
    answer('get', '/auth/me', { user: { username: '' } });
    expect((await outcome(embed.me)).issues).toEqual([
      'user.username: Too small: expected string to have >=1 characters',
    ]);
    answer('get', '/auth/me', { username: 'bob', isAdmin: 'yes' });
    expect((await outcome(embed.me)).issues).toEqual(['(response): Invalid input']);
  });

  it('reads a toggle’s result, and names what a bad one lacks', async () => {
    const { embed, app } = clients();
    answer('put', '/plugins/user/toggle', { success: true, isActive: false });
    expect(await outcome(() => embed.togglePlugin('p', false))).toEqual({
      data: { success: true, isActive: false },
    });
    answer('put', '/plugins/user/toggle', { success: 'yes' });
    const fromEmbed = await outcome(() => embed.togglePlugin('p', false));
    expect(fromEmbed).toEqual(await outcome(() => app.togglePlugin('p', false)));
    expect(fromEmbed.issues).toEqual([
      'success: Invalid input: expected boolean, received string',
      'isActive: Invalid input: expected boolean, received undefined',
    ]);
  });

  it('the app’s zod schemas that wrap a reader keep its paths inside other answers', async () => {
    const { app } = clients();
    server.use(
      http.post(`${BASE}/auth/login`, () => HttpResponse.json({ token: 't', user: { username: 3 } })),
    );
    const refused = await outcome(() => app.login('a', 'b'));
    expect(refused).toMatchObject({ code: 'INVALID_RESPONSE' });
    expect(refused.issues).toEqual(['user.username: Invalid input: expected string, received number']);
  });
});
