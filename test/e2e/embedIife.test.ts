/**
 * The IIFE embed in Chromium as a page of another origin uses it: one classic `<script>` tag for
 * stac-slot.iife.js, a small loader that defines `window.StacSlot` and `<stac-slot>` at once and imports the
 * rest (React inside) from beside itself. The page here comes from a server of its own (another port, so another
 * origin), the embed's files from the reference server, under a Content-Security-Policy whose script-src allows only the page
 * and the embed's origin; the page's own /api/v1 is passed through to the server, as a host's proxy would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  buildOnce,
  callServerApi,
  launchBrowser,
  signInAliceOverApi,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';

let server: RunningServer;
let browser: Browser;
let token: string;
let hostOrigin: string;
let assets: Array<{ id: string; name: string }>;
let hostServer: Server;

const hostPage = (embed: string) => `<!doctype html><html lang="en"><head><title>A shop's page</title>
<link rel="stylesheet" href="${embed}/embed/stac-slot.css" />
<script src="${embed}/embed/stac-slot.iife.js"></script>
</head><body><main>
<stac-slot id="dashboard-slot" name="dashboard_top" api-base="/api/v1" token="${token}"></stac-slot>
<div id="asset-slot"></div>
</main></body></html>`;

beforeAll(async () => {
  buildOnce();
  server = await startServer();
  browser = await launchBrowser();
  token = await signInAliceOverApi(server);
  const list = await callServerApi(server, '/assets', { token });
  const body = list.body as unknown as { items?: typeof assets } | typeof assets;
  assets = Array.isArray(body) ? body : (body.items ?? []);
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${server.url}`,
    `style-src 'self' 'unsafe-inline' ${server.url}`,
    `connect-src 'self' ${server.url}`,
    "img-src 'self' data: https:",
    "object-src 'none'",
  ].join('; ');
  // A server of its own on 127.0.0.1 (Chromium lets a loopback page use loopback files; a page faked with a
  // route would be a public one): the page, and its /api/v1 passed through to the Plugin API.
  hostServer = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === '/shop.html') {
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': policy });
      response.end(hostPage(server.url));
      return;
    }
    const answer = await fetch(`${server.url}${url.pathname}${url.search}`, {
      headers: { authorization: request.headers.authorization ?? '', accept: 'application/json' },
    });
    response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'text/plain' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
});

afterEach(() => {
  expect(browser.cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
  expect(browser.pageErrors.splice(0), 'uncaught errors in the page').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => hostServer?.close(resolve));
});

function embedRequests(): { paths: string[]; stop(): void } {
  const paths: string[] = [];
  const onRequest = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.origin === server.url && url.pathname.startsWith('/embed/')) paths.push(url.pathname);
  };
  browser.page.on('request', onRequest);
  return { paths, stop: () => browser.page.off('request', onRequest) };
}

it('renders a slot on a page of another origin from one script tag, the rest loaded from beside the script', async () => {
  const page = browser.page;
  const requests = embedRequests();
  await page.goto(`${hostOrigin}/shop.html`);
  const slot = page.locator('#dashboard-slot');
  await slot.getByText('Quick actions', { exact: true }).waitFor();
  // Icons come from the embed's origin too (CORS), and are drawn.
  const icon = slot.locator('svg[data-stac-icon] path');
  await icon.first().waitFor({ state: 'attached' });
  expect(await icon.first().getAttribute('d')).toMatch(/^M/);
  requests.stop();
  expect(requests.paths).toContain('/embed/stac-slot.iife.js');
  expect(requests.paths).toContain('/embed/stac-slot.core.js');
  expect(requests.paths.some((path) => /^\/embed\/chunks\/react-[\w-]{8}\.js$/.test(path))).toBe(true);
  expect(requests.paths.some((path) => /^\/embed\/chunks\/widgets-layout-[\w-]{8}\.js$/.test(path))).toBe(
    true,
  );
  // The family of inputs is not asked for: no plugin of this slot has one.
  expect(requests.paths.some((path) => path.includes('/widgets-inputs-'))).toBe(false);
  expect(await page.evaluate(() => typeof (window as { StacSlot?: unknown }).StacSlot)).toBe('object');
});

it('runs calls the page made before the code arrived, in order', async () => {
  const page = browser.page;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/embed/stac-slot.core.js', async (route) => {
    await released;
    await route.continue();
  });
  try {
    await page.goto(`${hostOrigin}/shop.html`, { waitUntil: 'domcontentloaded' });
    const [first, second] = assets;
    await page.evaluate(
      ({ key, first, second }) => {
        type Mount = (element: Element | null, options: object) => { update(context: unknown): void };
        const api = (window as unknown as { StacSlot: { mountPluginSlot: Mount } }).StacSlot;
        const slot = api.mountPluginSlot(document.getElementById('asset-slot'), {
          name: 'asset_detail',
          apiBase: '/api/v1',
          token: key,
          context: { asset: first },
        });
        slot.update({ asset: second });
      },
      { key: token, first, second },
    );
    // The slot shows its loading state while the code is held back, not a blank.
    await page.locator('#asset-slot').getByRole('status', { name: 'Loading plugins' }).waitFor();
    release();
    await page.locator('#asset-slot').getByText(`Health of ${second.name}`).waitFor();
    expect(await page.locator('#asset-slot').getByText(`Health of ${first.name}`).count()).toBe(0);
  } finally {
    release();
    await page.unroute('**/embed/stac-slot.core.js');
  }
});

it('shows the slot’s error state with a Retry when its code cannot be loaded, and the plugins after the Retry', async () => {
  const page = browser.page;
  let refuse = true;
  await page.route('**/embed/stac-slot.core.js', (route) => (refuse ? route.abort() : route.continue()));
  try {
    await page.goto(`${hostOrigin}/shop.html`);
    const notice = page
      .locator('#dashboard-slot')
      .getByRole('alert')
      .filter({ hasText: 'could not be loaded. The rest of the page is fine.' });
    await notice.waitFor();
    expect(await page.getByText('Quick actions', { exact: true }).count()).toBe(0);
    refuse = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('Quick actions', { exact: true }).waitFor();
    await expect.poll(() => notice.count()).toBe(0);
  } finally {
    await page.unroute('**/embed/stac-slot.core.js');
  }
});
