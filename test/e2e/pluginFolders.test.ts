/**
 * Plugin folders and MCP in Chromium against the real server (`server/main.ts`): STAC_WEB_PLUGIN_DIRS points
 * at a temporary folder that the test writes into while the server runs. A plugin dropped in reaches the
 * marketplace without a restart, a raised version shows as an update of the installed copy, a removed file
 * leaves the install working, and a broken file shows on the administrators' Plugin folders tab with its
 * issues. The installed row's "AI assistants" switch hides the plugin's tools from an MCP client (the SDK's
 * own, over real HTTP).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOnce,
  callServerApi,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';

let folder: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let token: string;

/** Shelf Note as its author saves it into the folder; `version` and the text change between saves. */
const shelfNote = (version: string, text: string) => ({
  id: 'shelf-note',
  name: 'Shelf Note',
  version,
  author: 'folder-team',
  description: 'A note on the dashboard, published by dropping a file into a folder.',
  slot: 'dashboard_top',
  permissions: ['inventory:read'],
  ui: { type: 'text', data: `${text}: <<inventory.lowStockCount>> low` },
  mcp: {
    tools: [
      {
        name: 'low_stock',
        description: 'Lists the items at or below their minimum stock.',
        action: { method: 'lowStockReport' },
        summary: '<<result.count>> items low on stock',
      },
    ],
  },
});

function writePlugin(name: string, json: unknown): void {
  mkdirSync(join(folder, name), { recursive: true });
  // Written beside and renamed into place, as editors and deploy tools do: the watcher sees one whole file.
  const target = join(folder, name, 'plugin.json');
  writeFileSync(`${target}.tmp`, JSON.stringify(json, null, 2));
  renameSync(`${target}.tmp`, target);
}

const api = (path: string, init: Parameters<typeof callServerApi>[2] = {}) =>
  callServerApi(server, path, { token, ...init });

/** Waits until the catalog (as alice sees it over the API) holds `shelf-note` at `version`, or no longer holds it. */
async function catalogHas(version: string | null): Promise<void> {
  await expect
    .poll(
      async () => {
        const list = (await api('/plugins/community')).body as unknown as Array<{
          id: string;
          version: string;
        }>;
        return list.find((plugin) => plugin.id === 'shelf-note')?.version ?? null;
      },
      { timeout: 30_000, interval: 200 },
    )
    .toBe(version);
}

/** An MCP client of the SDK, signed in as alice, for one piece of work. */
async function withMcpClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ name: 'stac-web-e2e', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${server.url}/api/v1/mcp`), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}

const mcpToolNames = () =>
  withMcpClient(async (client) => (await client.listTools()).tools.map((tool) => tool.name));

beforeAll(async () => {
  buildOnce();
  folder = mkdtempSync(join(tmpdir(), 'stac-web-e2e-folders-'));
  server = await startServer({ STAC_WEB_PLUGIN_DIRS: folder, STAC_WEB_ADMINS: 'alice' });
  const login = await callServerApi(server, '/auth/login', {
    method: 'POST',
    body: { username: 'alice', password: 'alice-demo' },
  });
  token = String(login.body.token);
  browser = await launchBrowser();
  page = browser.page;
  await signIn(page, server.url);
});

afterEach(() => {
  expect(browser.cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
  expect(browser.pageErrors, 'uncaught page errors').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('plugin folders in Chromium', () => {
  it('shows a plugin dropped into the watched folder in the marketplace, without a restart', async () => {
    await page.goto(`${server.url}/marketplace`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('link', { name: /Shelf Note/ }).count()).toBe(0);

    writePlugin('shelf-note', shelfNote('1.0.0', 'Shelf note one'));
    await catalogHas('1.0.0');
    await page.reload();
    await page
      .getByRole('link', { name: /Shelf Note/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Shelf Note' }).waitFor();
    await page.getByText('folder-team', { exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Install' }).click();
    const consent = page.getByRole('alertdialog', { name: 'Install “Shelf Note”?' });
    await consent.getByRole('button', { name: 'Allow and install' }).click();
    await page.getByRole('switch', { name: 'Enabled' }).waitFor();
    await page.goto(`${server.url}/`);
    await page
      .getByRole('region', { name: 'Plugins: dashboard top' })
      .getByText('Shelf note one: 4 low')
      .waitFor();
  });

  it('shows a raised version in the folder as an update of the installed copy', async () => {
    writePlugin('shelf-note', shelfNote('1.1.0', 'Shelf note two'));
    await catalogHas('1.1.0');
    await page.goto(`${server.url}/marketplace/installed`);
    const row = page.getByRole('article', { name: 'Shelf Note' });
    await row.getByText('1.1.0 available').waitFor();
    expect(await row.getByText('v1.0.0', { exact: false }).count()).toBe(1);
    await screenshot(page, 'plugin-folders-update-available');
  });

  it('keeps the installed copy working when its file is removed', async () => {
    rmSync(join(folder, 'shelf-note'), { recursive: true, force: true });
    await catalogHas(null);
    await page.goto(`${server.url}/marketplace/installed`);
    await page.getByRole('article', { name: 'Shelf Note' }).waitFor();
    await page.goto(`${server.url}/`);
    await page
      .getByRole('region', { name: 'Plugins: dashboard top' })
      .getByText('Shelf note one: 4 low')
      .waitFor();
  });

  it('lists a refused file with its issues on the Plugin folders tab, and Rescan shows a fix', async () => {
    writePlugin('broken-note', {
      ...shelfNote('1.0.0', 'Broken'),
      id: 'broken-note',
      name: 'Broken Note',
      ui: { type: 'column', children: [{ type: 'txet', data: 'typo' }] },
    });
    await expect
      .poll(
        async () =>
          ((await api('/catalog/folders')).body.refused as Array<{ path: string }>).map((refusal) =>
            refusal.path.endsWith(join('broken-note', 'plugin.json')),
          ),
        { timeout: 30_000, interval: 200 },
      )
      .toContain(true);

    await page.goto(`${server.url}/marketplace`);
    await page
      .getByRole('navigation', { name: 'Marketplace' })
      .getByRole('link', { name: 'Plugin folders' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Plugin folders' }).waitFor();
    const refusal = page.getByRole('article', { name: join(folder, 'broken-note', 'plugin.json') });
    await refusal.getByText('invalid_plugin', { exact: false }).waitFor();
    const issues = await refusal.getByRole('listitem').allTextContents();
    expect(issues.some((issue) => issue.startsWith('ui.children[0]') && issue.includes('txet'))).toBe(true);
    await screenshot(page, 'plugin-folders-admin');

    writePlugin('broken-note', { ...shelfNote('1.0.0', 'Fixed'), id: 'broken-note', name: 'Broken Note' });
    await page.getByRole('button', { name: 'Rescan' }).click();
    await page.getByText('Nothing refused: every plugin file was registered.').waitFor();
    await page.getByRole('table', { name: 'Registered plugins' }).getByText('Broken Note').waitFor();
  });

  it('never shows the tab to bob, and the address answers with the refusal', async () => {
    const bob = await launchBrowser();
    try {
      await signIn(bob.page, server.url, 'bob', 'bob-demo');
      await bob.page.goto(`${server.url}/marketplace/folders`);
      await bob.page.getByText('Only administrators see the plugin folders.').waitFor();
      const nav = bob.page.getByRole('navigation', { name: 'Marketplace' });
      await nav.getByRole('link', { name: 'Browse' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Plugin folders' }).count()).toBe(0);
    } finally {
      await bob.close();
    }
  });
});

describe('the MCP exposure switch in Chromium', () => {
  it("shows an assistant's call of the plugin's own tool action in its history on the installed row", async () => {
    const answer = await withMcpClient((client) =>
      client.callTool({ name: 'shelf-note.low_stock', arguments: {} }),
    );
    expect(answer.isError).toBeFalsy();
    await page.goto(`${server.url}/marketplace/installed`);
    const tool = page
      .getByRole('region', { name: 'Jobs of Shelf Note' })
      .getByRole('article', { name: 'low_stock', exact: true });
    await tool.getByText('Runs when an assistant calls it').waitFor();
    await tool.getByText('Last run, by an assistant').waitFor();
    await tool.getByText('4 items low on stock').waitFor();
    expect(await tool.getByRole('button', { name: 'Run now' }).count()).toBe(0);
  });

  it('hides a plugin from an MCP client when switched off on its installed row, by keyboard', async () => {
    expect(await mcpToolNames()).toContain('shelf-note.low_stock');
    await page.goto(`${server.url}/marketplace/installed`);
    const toggle = page
      .getByRole('article', { name: 'Shelf Note' })
      .getByRole('switch', { name: 'Offer Shelf Note to AI assistants' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.focus();
    await page.keyboard.press('Space');
    await page
      .getByRole('article', { name: 'Shelf Note' })
      .getByText('Hidden from your AI assistants; the plugin keeps working here.')
      .waitFor();
    await expect
      .poll(async () => {
        const list = (await api('/plugins/installed')).body as unknown as Array<{
          id: string;
          mcpEnabled: boolean;
        }>;
        return list.find((plugin) => plugin.id === 'shelf-note')?.mcpEnabled;
      })
      .toBe(false);
    expect(await mcpToolNames()).not.toContain('shelf-note.low_stock');
    await page.reload();
    expect(
      await page
        .getByRole('article', { name: 'Shelf Note' })
        .getByRole('switch', { name: 'Offer Shelf Note to AI assistants' })
        .isChecked(),
    ).toBe(false);
  });
});
