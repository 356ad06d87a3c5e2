import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../../server/http/requestLogger';
import { callApi, signInAlice, signInBob, startTestServer, type TestServer } from '../helpers/testServer';

interface CommunityRow {
  id: string;
  version: string;
  author: string;
  isOfficial: boolean;
  isInstalled: boolean;
}
interface InstalledRow {
  id: string;
  version: string;
  hasUpdate: boolean;
  inCatalog: boolean;
  ui: unknown;
}
interface FolderReport {
  configured: boolean;
  scans: number;
  watching: boolean;
  registered: Array<{ id: string; version: string; change: string }>;
  refused: Array<{
    path: string;
    id?: string;
    code: string;
    message: string;
    issues: Array<{ path: string }>;
  }>;
}

const plugin = (id: string, version: string, text = 'Hello from a folder') => ({
  id,
  name: `Folder ${id}`,
  version,
  author: 'acme',
  slot: 'dashboard_top',
  ui: { type: 'text', data: text },
});

let server: TestServer | undefined;
let pluginDir: string;
afterEach(async () => {
  await server?.stop();
  server = undefined;
  rmSync(pluginDir, { recursive: true, force: true });
});

function writePlugin(relativePath: string, content: unknown) {
  const target = join(pluginDir, relativePath);
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

async function start(log?: Logger) {
  server = await startTestServer({ pluginDirs: [pluginDir], admins: ['alice'], ...(log ? { log } : {}) });
  return { alice: await signInAlice(server.url), bob: await signInBob(server.url) };
}

const community = async (token: string) =>
  (await callApi<CommunityRow[]>(server!.url, 'GET', '/plugins/community', { token })).body;
const report = async (token: string) =>
  (await callApi<FolderReport>(server!.url, 'GET', '/catalog/folders', { token })).body;
const catalogVersion = async (token: string, id: string) =>
  (await community(token)).find((row) => row.id === id)?.version ?? null;

describe('catalog folders (STAC_WEB_PLUGIN_DIRS)', { timeout: 60_000 }, () => {
  it('registers valid folder plugins as their author and version, and reports the refused ones with their issues', async () => {
    pluginDir = mkdtempSync(join(tmpdir(), 'stac-web-folders-'));
    writePlugin('stock-alerts/plugin.json', plugin('stock-alerts', '1.2.0'));
    writePlugin('loose-file.json', plugin('loose-file', '0.3.0'));
    writePlugin('broken/plugin.json', { ...plugin('broken', '1.0.0'), ui: { type: 'txet', data: 'x' } });
    writePlugin('nameless/plugin.json', { slot: 'dashboard_top', ui: { type: 'text', data: 'x' } });
    writePlugin('not-json/plugin.json', '{ "id": ');
    writePlugin('seed-clash/plugin.json', plugin('prueba', '9.0.0'));
    const lines: Array<Record<string, unknown>> = [];
    const { alice, bob } = await start((line) => lines.push(line));

    const rows = await community(alice);
    expect(rows.find((row) => row.id === 'stock-alerts')).toMatchObject({
      version: '1.2.0',
      author: 'acme',
      isOfficial: false,
    });
    expect(rows.find((row) => row.id === 'loose-file')?.version).toBe('0.3.0');
    expect(rows.map((row) => row.id)).not.toContain('broken');
    // The seed's own plugin keeps its place; the folder cannot take its id.
    expect(rows.find((row) => row.id === 'prueba')?.version).toBe('1.0.0');

    const folders = await report(alice);
    expect(folders).toMatchObject({ configured: true, watching: true });
    const refusedBy = (suffix: string) => folders.refused.find((entry) => entry.path.endsWith(suffix));
    expect(refusedBy('broken/plugin.json')).toMatchObject({ code: 'invalid_plugin', id: 'broken' });
    expect(refusedBy('broken/plugin.json')?.issues.map((issue) => issue.path)).toContain('ui.type');
    expect(refusedBy('nameless/plugin.json')?.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['id', 'name', 'author', 'version']),
    );
    expect(refusedBy('not-json/plugin.json')?.code).toBe('invalid_json');
    expect(refusedBy('seed-clash/plugin.json')).toMatchObject({ code: 'id_taken' });
    expect(refusedBy('seed-clash/plugin.json')?.message).toMatch(/give this one another id/);
    // The log says it too, once per refusal.
    const warned = lines.filter((line) => line.msg === 'plugin folder refused').map((line) => line.path);
    expect(warned).toHaveLength(4);

    // Only administrators read the report.
    const forbidden = await callApi(server!.url, 'GET', '/catalog/folders', { token: bob });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ error: 'PERMISSION_DENIED' });
    expect(String((forbidden.body as { message: string }).message)).toContain('STAC_WEB_ADMINS');
    // The app learns who may see the report (and its link) from /auth/me.
    const me = (token: string) =>
      callApi<{ user: { isAdmin: boolean } }>(server!.url, 'GET', '/auth/me', { token });
    expect((await me(alice)).body.user.isAdmin).toBe(true);
    expect((await me(bob)).body.user.isAdmin).toBe(false);
  });

  it('follows the folder while the server runs: a new plugin, a new version, a change without one, a removal', async () => {
    pluginDir = mkdtempSync(join(tmpdir(), 'stac-web-folders-'));
    writePlugin('stock-alerts/plugin.json', plugin('stock-alerts', '1.0.0', 'First'));
    const { alice } = await start();

    // A folder appearing while the server runs is registered without a restart.
    writePlugin('late-comer/plugin.json', plugin('late-comer', '1.0.0'));
    await expect
      .poll(() => catalogVersion(alice, 'late-comer'), { timeout: 30_000, interval: 100 })
      .toBe('1.0.0');

    const installed = await callApi(server!.url, 'POST', '/plugins/install', {
      token: alice,
      body: { id: 'stock-alerts' },
    });
    expect(installed.status).toBe(200);

    // A changed file with a higher version is the catalog's new version: the install shows an update.
    writePlugin('stock-alerts/plugin.json', plugin('stock-alerts', '1.1.0', 'Second'));
    await expect
      .poll(() => catalogVersion(alice, 'stock-alerts'), { timeout: 30_000, interval: 100 })
      .toBe('1.1.0');
    const mine = async () =>
      (await callApi<InstalledRow[]>(server!.url, 'GET', '/plugins/installed', { token: alice })).body.find(
        (row) => row.id === 'stock-alerts',
      );
    expect(await mine()).toMatchObject({ version: '1.0.0', hasUpdate: true, inCatalog: true });

    // A change that keeps the version is refused and the catalog keeps 1.1.0.
    const before = (await report(alice)).scans;
    writePlugin('stock-alerts/plugin.json', plugin('stock-alerts', '1.1.0', 'Sneaky'));
    await expect
      .poll(async () => (await report(alice)).refused.map((entry) => entry.code), {
        timeout: 30_000,
        interval: 100,
      })
      .toContain('version_not_raised');
    expect((await report(alice)).scans).toBeGreaterThan(before);
    expect(await catalogVersion(alice, 'stock-alerts')).toBe('1.1.0');

    // Removing the folder removes the catalog entry; the install keeps running its snapshot.
    rmSync(join(pluginDir, 'stock-alerts'), { recursive: true, force: true });
    await expect
      .poll(() => catalogVersion(alice, 'stock-alerts'), { timeout: 30_000, interval: 100 })
      .toBeNull();
    expect(await mine()).toMatchObject({
      version: '1.0.0',
      inCatalog: false,
      ui: { type: 'text', data: 'First' },
    });
  });

  it('keeps the registered version while a file is broken, and stops a start on a folder that is not there', async () => {
    pluginDir = mkdtempSync(join(tmpdir(), 'stac-web-folders-'));
    writePlugin('stock-alerts/plugin.json', plugin('stock-alerts', '1.0.0'));
    const { alice } = await start();
    writePlugin('stock-alerts/plugin.json', '{ "id": "stock-alerts", ');
    await expect
      .poll(async () => (await report(alice)).refused.map((entry) => entry.code), {
        timeout: 30_000,
        interval: 100,
      })
      .toEqual(['invalid_json']);
    expect(await catalogVersion(alice, 'stock-alerts')).toBe('1.0.0');
    await server!.stop();
    server = undefined;

    await expect(startTestServer({ pluginDirs: [join(pluginDir, 'missing')] })).rejects.toThrow(
      /STAC_WEB_PLUGIN_DIRS names ".*missing", which is not a folder; create it/,
    );
  });
});
