/**
 * An embed on a shop's page that calls the Plugin API of another origin directly, without a proxy of its own:
 * the reference server lets the origins of STAC_WEB_CORS_ORIGINS read its answers (server/http/corsPolicy.ts).
 * Two pages of two origins load the same `<stac-slot>` from the same server; only the listed one gets its
 * plugins, and the other is told in the console why its slot stays empty.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  buildOnce,
  launchBrowser,
  signInAliceOverApi,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';

let server: RunningServer;
let browser: Browser;
let token: string;
const hosts: Server[] = [];

/** A page of its own origin whose slot calls the API at the server's origin. */
async function shopOrigin(): Promise<string> {
  const host = createServer((request, response) => {
    if (request.url !== '/shop.html') {
      response.writeHead(404).end();
      return;
    }
    const policy = [
      "default-src 'self'",
      `script-src 'self' ${server.url}`,
      `style-src 'self' 'unsafe-inline' ${server.url}`,
      `connect-src 'self' ${server.url}`,
      "img-src 'self' data: https:",
    ].join('; ');
    response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': policy });
    response.end(`<!doctype html><html lang="en"><head><title>A shop</title>
<link rel="stylesheet" href="${server.url}/embed/stac-slot.css" />
<script src="${server.url}/embed/stac-slot.iife.js"></script>
</head><body><main>
<stac-slot id="slot" name="dashboard_top" api-base="${server.url}/api/v1" token="${token}"></stac-slot>
</main></body></html>`);
  });
  hosts.push(host);
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
}

let listed: string;
let unlisted: string;

beforeAll(async () => {
  buildOnce();
  // The pages' origins are known before the server starts, as an operator knows the shops it serves.
  listed = await shopOrigin();
  unlisted = await shopOrigin();
  server = await startServer({ STAC_WEB_CORS_ORIGINS: listed });
  browser = await launchBrowser();
  token = await signInAliceOverApi(server);
});

afterEach(() => {
  expect(browser.cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
  expect(browser.pageErrors.splice(0), 'uncaught errors in the page').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await Promise.all(hosts.map((host) => new Promise((resolve) => host.close(resolve))));
});

it("shows the plugins on a listed origin's page, which calls the API of another origin with its token", async () => {
  const page = browser.page;
  const apiCalls: string[] = [];
  const onRequest = (request: { url(): string; method(): string }) => {
    if (request.url().startsWith(`${server.url}/api/v1/`))
      apiCalls.push(`${request.method()} ${request.url()}`);
  };
  page.on('request', onRequest);
  try {
    await page.goto(`${listed}/shop.html`);
    await page.locator('#slot').getByText('Quick actions', { exact: true }).waitFor();
  } finally {
    page.off('request', onRequest);
  }
  expect(apiCalls).toContain(`GET ${server.url}/api/v1/plugins/installed`);
});

it("leaves an unlisted origin's slot empty and says in the console why", async () => {
  const page = browser.page;
  const messages: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') messages.push(message.text());
  };
  page.on('console', onConsole);
  try {
    await page.goto(`${unlisted}/shop.html`);
    await expect
      .poll(
        () => messages.find((text) => text.startsWith('stac-slot: the installed plugins could not be read')),
        {
          timeout: 30_000,
        },
      )
      .toContain(`from ${server.url}/api/v1`);
  } finally {
    page.off('console', onConsole);
  }
  expect(await page.locator('#slot').getByText('Quick actions', { exact: true }).count()).toBe(0);
});
