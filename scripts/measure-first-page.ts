/**
 * What the server actually sends for the app's first page: starts the reference server on a free port with
 * a temporary database, opens the app in Chromium (a cold cache, as a new user), and adds up the bytes of
 * every response as they came over the wire (compressed bodies as sent, plus headers). Then signs in as
 * alice and measures the dashboard the same way, and loads the first page once more to show what a
 * returning visitor downloads. Last, the embed demo (/embed-demo.html, signed in as alice in the same tab):
 * what a page that is not a React app downloads of the IIFE embed until both its slots show their plugins,
 * over the wire and as gzip (level 9, the size check's measure) of the embed's scripts it asked for.
 *
 *   npm run build && npx tsx scripts/measure-first-page.ts
 *
 * Not a test: the figures go into the README's "Performance" section.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from 'playwright-core';
import { startServer } from '../server';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

interface Transfer {
  url: string;
  encoding: string;
  body: number;
  headers: number;
}

function recordTransfers(page: Page): { transfers: Transfer[]; done: () => Promise<void> } {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      response
        .request()
        .sizes()
        .then(async (sizes) => {
          transfers.push({
            url: new URL(response.url()).pathname,
            encoding:
              sizes.responseBodySize < 0
                ? 'cache'
                : ((await response.headerValue('content-encoding')) ?? 'none'),
            // Chromium reports a response served from its cache with a negative size: nothing was sent.
            body: Math.max(0, sizes.responseBodySize),
            headers: sizes.responseHeadersSize,
          });
        })
        .catch(() => undefined),
    );
  };
  page.on('response', onResponse);
  return {
    transfers,
    // Icons and other lazy chunks load after the page settles: stop once nothing new came for 2 s.
    done: async () => {
      let seen = -1;
      while (seen !== pending.length) {
        seen = pending.length;
        await page.waitForLoadState('networkidle');
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      page.off('response', onResponse);
      await Promise.all(pending);
    },
  };
}

function report(title: string, transfers: Transfer[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const body = transfers.reduce((sum, t) => sum + t.body, 0);
  const headers = transfers.reduce((sum, t) => sum + t.headers, 0);
  process.stdout.write(
    `\n${title}: ${transfers.length} responses, ${kb(body)} of bodies + ${kb(headers)} of headers\n`,
  );
  for (const t of [...transfers].sort((a, b) => b.body - a.body)) {
    process.stdout.write(`  ${kb(t.body).padStart(10)}  ${t.encoding.padEnd(5)} ${t.url}\n`);
  }
}

/** The gzip (level 9) of the embed's scripts the page asked for, read from dist/ as the size check does. */
function reportEmbedScripts(transfers: Transfer[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const scripts = [...new Set(transfers.map((t) => t.url))].filter(
    (url) => url.startsWith('/embed/') && url.endsWith('.js'),
  );
  const gzip = scripts.map((url) => ({
    url,
    size: gzipSync(readFileSync(join('dist', url)), { level: 9 }).length,
  }));
  const total = gzip.reduce((sum, file) => sum + file.size, 0);
  process.stdout.write(`  the embed's scripts, gzip level 9: ${kb(total)} in ${scripts.length} file(s)\n`);
  for (const file of gzip) process.stdout.write(`  ${kb(file.size).padStart(10)}  ${file.url}\n`);
}

const executablePath = findChromium();
if (!executablePath)
  throw new Error('No Chromium: install it with `apt-get install -y chromium` or set STAC_WEB_CHROMIUM.');
const dir = mkdtempSync(join(tmpdir(), 'stac-web-measure-'));
const server = await startServer({ port: 0, dbPath: join(dir, 'db.sqlite'), demo: true, log: false });
const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath,
  args: CHROMIUM_ARGS,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  let recording = recordTransfers(page);
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Sign in to stac-web' }).waitFor();
  await recording.done();
  report('first page (sign-in), cold cache', recording.transfers);

  recording = recordTransfers(page);
  await page.getByRole('button', { name: /Alice Moreau/ }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.waitForLoadState('networkidle');
  await recording.done();
  report('then signing in to the dashboard', recording.transfers);

  recording = recordTransfers(page);
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  await recording.done();
  report('the first page again, warm cache', recording.transfers);

  recording = recordTransfers(page);
  await page.goto(`${server.url}/embed-demo.html`);
  await page.locator('#dashboard-slot').getByText('Quick actions', { exact: true }).waitFor();
  await page
    .locator('#asset-slot')
    .getByText(/^Health of /)
    .waitFor();
  await recording.done();
  report('the embed demo, signed in, its embed files cold', recording.transfers);
  reportEmbedScripts(recording.transfers);
} finally {
  await context.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
