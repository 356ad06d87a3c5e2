/**
 * The embed ES module in Chromium, as a page with its own React (an import map) loads it: each widget family is
 * a chunk asked for only when a plugin's document uses it, the template grammar only when a template needs it,
 * the focus trap only when a dialog opens, the Cupertino icon names only when a slot draws such an icon, and a chunk
 * that cannot be loaded leaves the slot's error state with a Retry, not a blank. React's packages are CommonJS;
 * the test builds them once as ES modules for the import map.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { declaresRequirements, widgetFamiliesIn } from '../../src/stac-schema';

// The embed's grammar module, as vite.embed.config.ts puts it in place: here it tells which documents need it.
vi.mock(
  '../../src/renderer/template/templateGrammar',
  () => import('../../src/renderer/template/templateGrammar.lazy'),
);
const { templateGrammarMissing } = await import('../../src/renderer/template');
import {
  buildOnce,
  callServerApi,
  launchBrowser,
  ROOT,
  signInAliceOverApi,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';

const REACT_MODULES = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'] as const;

let server: RunningServer;
let browser: Browser;
let reactDir: string;
let token: string;

/** The names the built embed imports from each React module (`import{useState as x,...}from"react"`). */
function importedNames(): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>(REACT_MODULES.map((name) => [name, new Set<string>()]));
  const embedDir = join(ROOT, 'dist', 'embed');
  const files = [
    join(embedDir, 'stac-slot.js'),
    ...readdirSync(join(embedDir, 'chunks')).map((f) => join(embedDir, 'chunks', f)),
  ];
  for (const file of files.filter((path) => path.endsWith('.js'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/import\{([^}]*)\}from"(react[^"]*)"/g)) {
      for (const part of match[1].split(',')) names.get(match[2])?.add(part.trim().split(/\s+as\s+/)[0]);
    }
  }
  return names;
}

/** React's CommonJS packages as ES modules with exactly the names the embed imports, one file per module. */
async function buildReactModules(outDir: string): Promise<void> {
  // Inside the project, so that `react` resolves to its node_modules.
  const cacheDir = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const shimDir = mkdtempSync(join(cacheDir, 'stac-react-shims-'));
  const entries: Record<string, string> = {};
  for (const [module, names] of importedNames()) {
    const file = join(shimDir, `${module.replace(/\W/g, '_')}.js`);
    const list = [...names].join(', ');
    const source = `import M from '${module}';\nexport const { ${list} } = M;\nexport default M;\n`;
    writeFileSync(file, source);
    entries[module.replace(/\W/g, '_')] = file;
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    },
  });
  rmSync(shimDir, { recursive: true, force: true });
}

const PAGE = `<!doctype html><html lang="en"><head><title>ES module embed</title>
<script type="importmap">${JSON.stringify({
  imports: Object.fromEntries(
    REACT_MODULES.map((name) => [name, `/esm-react/${name.replace(/\W/g, '_')}.js`]),
  ),
})}</script>
<script type="module">
  import { mountPluginSlot } from '/embed/stac-slot.js';
  window.mountSlot = (name, token) =>
    mountPluginSlot(document.getElementById('slot'), { name, apiBase: '/api/v1', token, context: {} });
</script></head><body><main><div id="slot"></div></main></body></html>`;

beforeAll(async () => {
  buildOnce();
  reactDir = mkdtempSync(join(tmpdir(), 'stac-esm-react-'));
  await buildReactModules(reactDir);
  server = await startServer();
  browser = await launchBrowser();
  token = await signInAliceOverApi(server);
  // The host page and its React come from the test; the embed, its chunks and the API from the server.
  await browser.context.route(`${server.url}/esm-host.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: PAGE }),
  );
  await browser.context.route(`${server.url}/esm-react/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice('/esm-react/'.length);
    route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(reactDir, name), 'utf8') });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (reactDir) rmSync(reactDir, { recursive: true, force: true });
});

/**
 * The chunks a page of alice's active plugins in a slot should ask for, as the server lists them: the widget
 * families their documents use, the template language's full grammar when a template of theirs is more
 * than paths and plain mustaches (a block, a comment, whitespace control, ...), and what manifests require
 * when a plugin of the list declares dependencies, a host version or startup checks (none of alice's does).
 */
async function chunksOfSlot(slot: string): Promise<string[]> {
  const installed = await callServerApi(server, '/plugins/installed', { token });
  const plugins = (installed.body.data ?? installed.body) as unknown as Array<Record<string, unknown>>;
  const chunks = new Set<string>();
  // What manifests require (dependencies, host versions, startup checks) is read for the whole list.
  if (plugins.some(declaresRequirements)) chunks.add('manifest-requirements');
  for (const plugin of plugins) {
    if (plugin.isActive === false) continue;
    const surfaces = (plugin.surfaces ?? {}) as Record<string, unknown>;
    const document = plugin.slot === slot ? plugin.ui : surfaces[slot];
    if (document === undefined) continue;
    for (const family of widgetFamiliesIn(document)) if (family !== 'core') chunks.add(`widgets-${family}`);
    if (templateGrammarMissing(document)) chunks.add('template-grammar');
  }
  return [...chunks].sort();
}

/** The host page with alice's dashboard_top slot mounted. */
async function openDashboardTop(page: Page): Promise<void> {
  await page.goto(`${server.url}/esm-host.html`);
  await page.evaluate(
    (key) => (window as unknown as { mountSlot(n: string, t: string): void }).mountSlot('dashboard_top', key),
    token,
  );
}

/** Refuses the chunks whose URL matches `glob` (as a network failure) until `allow()`. */
async function refuseChunks(page: Page, glob: string): Promise<{ allow(): void; stop(): Promise<void> }> {
  let refuse = true;
  await page.route(glob, (route) => (refuse ? route.abort() : route.continue()));
  return {
    allow: () => {
      refuse = false;
    },
    stop: () => page.unroute(glob),
  };
}

function chunkRequests(): { names: string[]; stop(): void } {
  const names: string[] = [];
  const onRequest = (request: Request) => {
    const match = /\/embed\/chunks\/([\w.-]+?)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname);
    if (match) names.push(match[1]);
  };
  browser.page.on('request', onRequest);
  return { names, stop: () => browser.page.off('request', onRequest) };
}

it('asks for the widget families and the template grammar the slot’s documents need and no other, the built-in actions when the pointer enters the slot, and the focus trap only when a button opens a dialog', async () => {
  const page = browser.page;
  const expected = await chunksOfSlot('dashboard_top');
  expect(expected).toContain('widgets-layout');
  // stock-pulse shows its alert with `<<#if …>>`: this page needs the full grammar (one without blocks does
  // not: test/slots/embed/templateGrammarOnDemand.test.tsx).
  expect(expected).toContain('template-grammar');
  const requests = chunkRequests();
  await openDashboardTop(page);
  await page.getByText('Quick actions', { exact: true }).waitFor();
  const content = requests.names.filter(
    (name) => name.startsWith('widgets-') || ['template-grammar', 'manifest-requirements'].includes(name),
  );
  expect([...new Set(content)].sort()).toEqual(expected);
  // Nothing of the inputs, navigation or scrolling families, which no plugin of this slot uses.
  for (const unused of ['widgets-inputs', 'widgets-navigation', 'widgets-scrolling'])
    expect(expected).not.toContain(unused);
  expect(requests.names).not.toContain('focus-trap.esm');
  // Showing plugins runs no action: the built-in actions' code comes when the pointer (or focus) enters the
  // slot, ahead of the first press.
  expect(requests.names).not.toContain('actions-builtin');
  await page.getByRole('button', { name: 'Safety tip' }).hover();
  await expect.poll(() => requests.names).toContain('actions-builtin');
  const beforePress = requests.names.length;

  await page.getByRole('button', { name: 'Safety tip' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Safety first').waitFor();
  expect(requests.names).toContain('actions-builtin');
  await expect.poll(() => requests.names).toContain('focus-trap.esm');
  // The dialog's own code (the overlay stack and views) came with the actions: the press asks for the focus trap
  // alone. No plugin here draws a Cupertino icon, so their names never come.
  expect([...new Set(requests.names.slice(beforePress))]).toEqual(['focus-trap.esm']);
  expect(requests.names).not.toContain('icons-cupertino');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Got it');
  requests.stop();
  expect(browser.pageErrors).toEqual([]);
});

it('asks for what the widget families share with the first family, in the same round trip, and draws the slot', async () => {
  const page = browser.page;
  const requests = chunkRequests();
  // Each family's chunk is held until the shared chunk has been asked for: were the shared chunk asked for only
  // once a family's chunk had come (its import seen then), the slot would never draw.
  let sharedAsked = () => undefined as void;
  const shared = new Promise<void>((resolve) => (sharedAsked = resolve));
  const onRequest = (request: Request) => {
    if (/\/embed\/chunks\/family-shared-[\w-]{8}\.js$/.test(request.url())) sharedAsked();
  };
  page.on('request', onRequest);
  await page.route('**/embed/chunks/widgets-*.js', async (route) => {
    await shared;
    await route.continue();
  });
  await openDashboardTop(page);
  await page.getByText('Quick actions', { exact: true }).waitFor();
  expect(requests.names.filter((name) => name === 'family-shared')).toEqual(['family-shared']);
  page.off('request', onRequest);
  requests.stop();
  await page.unroute('**/embed/chunks/widgets-*.js');
  expect(browser.pageErrors).toEqual([]);
});

it('shows the slot’s error state with a Retry when a family cannot be loaded, and the plugin after the Retry', async () => {
  const page = browser.page;
  const refused = await refuseChunks(page, '**/embed/chunks/widgets-display-*.js');
  await openDashboardTop(page);
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'could not be loaded. The rest of the page is fine.' });
  await notice.first().waitFor();
  expect(await page.getByText('Quick actions', { exact: true }).count()).toBe(0);

  refused.allow();
  await notice.first().getByRole('button', { name: 'Retry' }).click();
  await page.getByText('Quick actions', { exact: true }).waitFor();
  await expect.poll(() => notice.count()).toBe(0);
  await refused.stop();
});

it('fails only the tapped action when the built-in actions cannot be loaded, says so, and runs it on the next tap', async () => {
  const page = browser.page;
  const refused = await refuseChunks(page, '**/embed/chunks/actions-builtin-*.js');
  await openDashboardTop(page);
  const tip = page.getByRole('button', { name: 'Safety tip' });
  await tip.click();
  const notice = page.getByText('The code of "showDialog" could not be loaded', { exact: false });
  await notice.first().waitFor();
  expect(await page.getByRole('dialog').count()).toBe(0);
  // The plugins stay on the page.
  expect(await page.getByText('Quick actions', { exact: true }).count()).toBe(1);

  refused.allow();
  await tip.click();
  await page.getByRole('dialog').getByText('Safety first').waitFor();
  await refused.stop();
});

it('asks for what manifests require only once the installed list declares any, and keeps a plugin whose startup check fails off', async () => {
  const page = browser.page;
  // Carrier tracking declares a startup check (its API key setting), which alice has not filled in.
  const install = await callServerApi(server, '/plugins/install', {
    method: 'POST',
    token,
    body: { id: 'carrier-tracking' },
  });
  expect(install.status).toBe(200);
  try {
    expect(await chunksOfSlot('dashboard_top')).toContain('manifest-requirements');
    const requests = chunkRequests();
    await openDashboardTop(page);
    await page.getByText('Quick actions', { exact: true }).waitFor();
    expect(requests.names).toContain('manifest-requirements');
    expect(await page.getByText('Carrier tracking is connected.').count()).toBe(0);
    requests.stop();
  } finally {
    await callServerApi(server, '/plugins/uninstall/carrier-tracking', { method: 'DELETE', token });
  }
});

it('asks for the Cupertino icon names when a slot first draws a Cupertino icon, and draws it once they and its file came', async () => {
  const page = browser.page;
  // One of alice's plugins shows a Cupertino heart above its document (the installed list changed on its way).
  const list = '**/api/v1/plugins/installed**';
  await page.route(list, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { data?: unknown };
    const plugins = (body.data ?? body) as Array<Record<string, unknown>>;
    const plugin = plugins.find(
      (entry) => entry.isActive !== false && entry.slot === 'dashboard_top' && entry.ui,
    );
    if (!plugin) throw new Error('alice has no active plugin with a document in dashboard_top');
    plugin.ui = {
      type: 'column',
      children: [
        { type: 'icon', icon: 'heart_fill', iconType: 'cupertino', semanticLabel: 'Cupertino heart' },
        plugin.ui,
      ],
    };
    await route.fulfill({
      status: response.status(),
      contentType: 'application/json',
      body: JSON.stringify(body),
    });
  });
  try {
    const requests = chunkRequests();
    await openDashboardTop(page);
    const heart = page.getByRole('img', { name: 'Cupertino heart' });
    await expect.poll(() => heart.locator('path').count()).toBeGreaterThan(0);
    expect(requests.names).toContain('icons-cupertino');
    requests.stop();
    expect(browser.pageErrors).toEqual([]);
  } finally {
    await page.unroute(list);
  }
});
