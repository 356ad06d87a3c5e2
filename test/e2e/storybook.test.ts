/**
 * Storybook in real Chromium: builds the static Storybook once (when a source is newer than the last build)
 * into test-results/storybook-static, serves it on 127.0.0.1 port 0, and opens every story of index.json in one page, in the light and the dark
 * theme. A story fails on a render error, an uncaught exception, a console error or an empty root; widget
 * stories also fail when a node of their document falls back (unknown or invalid widget).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { WIDGET_TYPES } from '../../src/stac-schema';

const ROOT = resolve(import.meta.dirname, '../..');
// Its own output folder: a `npm run build-storybook` running meanwhile (into storybook-static) cannot empty
// the folder under the test's feet.
const OUT = join(ROOT, 'test-results', 'storybook-static');

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    if (stats.isFile()) {
      newest = Math.max(newest, stats.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** `storybook build` unless storybook-static is newer than every source it is made of. */
function buildStorybookOnce(): void {
  const marker = join(OUT, 'index.json');
  const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const sources = ['src', 'stories', '.storybook', 'public', 'package.json'].map((path) => join(ROOT, path));
  if (builtAt > 0 && newestMtime(sources) <= builtAt) return;
  const bin = join(ROOT, 'node_modules', 'storybook', 'dist', 'bin', 'dispatcher.js');
  const result = spawnSync(process.execPath, [bin, 'build', '--quiet', '--output-dir', OUT], {
    cwd: ROOT,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would make Vite compile React's development runtime.
    env: { ...process.env, NODE_ENV: 'production', STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) throw new Error('storybook build failed');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for storybook-static on 127.0.0.1, port chosen by the OS. */
function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({ url: `http://127.0.0.1:${port}`, server });
    });
  });
}

interface StoryOutcome {
  id: string;
  theme: string;
  problems: string[];
}

const chromiumPath = findChromium();

describe('Storybook in Chromium', () => {
  let server: Server;
  let baseUrl: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let stories: IndexEntry[];
  const pageProblems: string[] = [];

  beforeAll(async () => {
    if (!chromiumPath)
      throw new Error("Chromium not found: install Debian's chromium or set STAC_WEB_CHROMIUM.");
    buildStorybookOnce();
    const index = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')) as {
      entries: Record<string, IndexEntry>;
    };
    stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    ({ url: baseUrl, server } = await serveStatic(OUT));
    profile = mkdtempSync(join(tmpdir(), 'stac-web-storybook-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1024, height: 768 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => {
      // Chromium re-checks msw's worker script in the background and logs a failed re-check as uncaught;
      // the registered worker keeps serving, and a worker that never registered shows as a story with no
      // data, which the checks below catch.
      if (/^Failed to update a ServiceWorker .*mockServiceWorker\.js/.test(error.message)) return;
      pageProblems.push(`uncaught: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location().url;
        pageProblems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
      }
    });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('has a story for every widget type of the vocabulary, in the Widgets section', () => {
    const widgetStories = new Set(
      stories.filter((story) => story.title.startsWith('Widgets/')).map((story) => story.name),
    );
    const missing = WIDGET_TYPES.filter((type) => !widgetStories.has(type));
    expect(missing).toEqual([]);
  });

  it('has the playground, every catalog plugin and the marketplace and slot states', () => {
    const titles = new Set(stories.map((story) => story.title));
    expect(titles).toContain('Authoring/Playground');
    const catalog = readdirSync(join(ROOT, 'public', 'plugins')).filter((file) => file.endsWith('.json'));
    const pluginStories = stories.filter((story) => story.title.startsWith('Catalog plugins/'));
    expect(pluginStories.length).toBe(catalog.length);
    const stateNames = stories
      .filter((story) => story.title.startsWith('Marketplace/') || story.title.startsWith('Slots/'))
      .map((story) => story.name.toLowerCase());
    for (const state of ['loading', 'empty', 'error', 'update available']) {
      expect(
        stateNames.some((name) => name.includes(state)),
        state,
      ).toBe(true);
    }
  });

  it('playground: shows issues with their paths and logs every action a button dispatches', async () => {
    await page.goto(`${baseUrl}/iframe.html?id=authoring-playground--with-issues&viewMode=story`);
    const report = page.getByRole('region', { name: 'Validation (strict, as on publish)' });
    await report.getByText('ui.children[0].style.fontSize').waitFor({ timeout: 15_000 });
    await report.getByText('ui.children[1].type').waitFor();
    const renderProblems = page.getByRole('region', { name: 'Render problems' });
    await renderProblems.getByText(/unbound_path: No value for asset\.colour/).waitFor();

    await page.goto(`${baseUrl}/iframe.html?id=authoring-playground--blank&viewMode=story`);
    const result = page.getByRole('region', { name: 'Result' });
    await result.getByText('Hello Alice Moreau').waitFor({ timeout: 15_000 });
    // What the Actions panel receives: Storybook's action events on the preview's channel.
    await page.evaluate(() => {
      const target = window as unknown as {
        __STORYBOOK_ADDONS_CHANNEL__: { on(name: string, listener: (event: unknown) => void): void };
        panelActions: string[];
      };
      target.panelActions = [];
      target.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/actions/action-event', (event) => {
        const name = (event as { data?: { name?: string } }).data?.name;
        target.panelActions.push(name ?? '?');
      });
    });
    await result.getByRole('button', { name: 'Check' }).click();
    const log = page.getByRole('region', { name: 'Action log' });
    await log.getByText(/dispatch invenicum_sdk\.showAlert/).waitFor({ timeout: 15_000 });
    await log.getByText(/notify: Checked Safety Goggles/).waitFor({ timeout: 15_000 });
    const panelActions = await page.evaluate(
      () => (window as unknown as { panelActions: string[] }).panelActions,
    );
    expect(panelActions).toEqual(expect.arrayContaining(['dispatch', 'notify']));

    // An author edits both inputs: the render follows the document and the context as they are typed.
    await page.getByLabel('STAC document').fill('{ "type": "text", "data": "Edited for {{user.name}}" }');
    await page.getByLabel('Context (scope)').fill('{ "user": { "name": "Zoe" } }');
    await result.getByText('Edited for Zoe').waitFor({ timeout: 15_000 });
    await page.getByLabel('Context (scope)').fill('{ "user": ');
    await page
      .getByRole('alert')
      .getByText(/The context is not JSON/)
      .waitFor({ timeout: 15_000 });
  });

  it('gallery documents get their data and pictures offline (msw in the browser)', async () => {
    await page.goto(`${baseUrl}/iframe.html?id=widgets-data--dynamic-view&viewMode=story`);
    await page.getByText('Emily Johnson').waitFor({ timeout: 15_000 });
    await page.getByText('Email: emily.johnson@example.com').waitFor();

    await page.goto(`${baseUrl}/iframe.html?id=widgets-content--image&viewMode=story`);
    await page.locator('#storybook-root img').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#storybook-root img')].every(
        (img) => (img as HTMLImageElement).complete,
      ),
    );
    const pictures = await page.$$eval('#storybook-root img', (images) =>
      images.map((image) => ({
        src: image.getAttribute('src'),
        width: (image as HTMLImageElement).naturalWidth,
      })),
    );
    expect(pictures.length).toBeGreaterThanOrEqual(5);
    expect(pictures.filter((picture) => picture.width === 0)).toEqual([]);
  });

  it('renders every story in light and dark without errors', async () => {
    const outcomes: StoryOutcome[] = [];
    for (const theme of ['light', 'dark']) {
      // One page load per theme; stories switch through Storybook's own channel, as the manager does.
      await page.goto(`${baseUrl}/iframe.html?id=${stories[0].id}&viewMode=story&globals=theme:${theme}`);
      await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window, undefined, {
        timeout: 15_000,
      });
      for (const story of stories) {
        pageProblems.length = 0;
        const event = await page.evaluate(
          (storyId) =>
            new Promise<string>((resolveEvent) => {
              type Channel = {
                on(name: string, listener: (...args: unknown[]) => void): void;
                off(name: string, listener: (...args: unknown[]) => void): void;
                emit(name: string, payload: unknown): void;
              };
              const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel })
                .__STORYBOOK_ADDONS_CHANNEL__;
              const names = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
              const listeners = names.map((name) => {
                const listener = (...args: unknown[]) => {
                  const id = typeof args[0] === 'string' ? args[0] : undefined;
                  if (name === 'storyRendered' && id !== undefined && id !== storyId) return;
                  names.forEach((other, index) => channel.off(other, listeners[index]));
                  const detail = args[0] instanceof Object ? JSON.stringify(args[0]).slice(0, 300) : '';
                  resolveEvent(name === 'storyRendered' ? name : `${name} ${detail}`);
                };
                channel.on(name, listener);
                return listener;
              });
              channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
            }),
          story.id,
        );
        // Effects run after the render, and a page may load a lazy part (the editor) before it shows
        // anything: wait until the root shows content (a busy machine can take seconds), then two frames
        // for late errors to surface. An empty root after that is reported below.
        await page
          .waitForFunction(
            () => {
              const root = document.querySelector('#storybook-root');
              return (
                (root?.querySelectorAll('*').length ?? 0) > 0 && (root?.textContent?.trim().length ?? 0) > 0
              );
            },
            undefined,
            { timeout: 20_000 },
          )
          .catch(() => undefined);
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
        );
        const state = await page.evaluate(() => {
          const root = document.querySelector('#storybook-root');
          return {
            rootText: root?.textContent?.trim().length ?? 0,
            rootElements: root?.querySelectorAll('*').length ?? 0,
            theme: document.documentElement.dataset.theme ?? '',
            widgetView: document.querySelector('[data-widget-type]') !== null,
            fallbacks: [...document.querySelectorAll('#storybook-root [data-stac-fallback]')].map(
              (node) => `${node.getAttribute('data-stac-path') ?? '?'}: ${node.textContent ?? ''}`,
            ),
            documentErrors: [...document.querySelectorAll('#storybook-root [data-stac-document-error]')].map(
              (node) => node.textContent ?? '',
            ),
          };
        });
        // Stories named for a failing API show its 500s on purpose; Chromium logs each failed request.
        const apiFailureStory = /error|failed/i.test(story.name);
        const problems = pageProblems.filter(
          (problem) => !(apiFailureStory && /status of 5\d\d .*\/api\/v1\//.test(problem)),
        );
        // The Themes stories pin their theme; every other story follows the toolbar.
        const expectedTheme = story.id.startsWith('authoring-themes--') ? story.name.toLowerCase() : theme;
        if (event !== 'storyRendered') problems.push(event);
        if (state.rootElements === 0 || state.rootText === 0) problems.push('empty #storybook-root');
        if (state.theme !== expectedTheme) problems.push(`theme is "${state.theme}"`);
        if (story.title.startsWith('Widgets/')) {
          if (!state.widgetView) problems.push('no widget example on the page');
          problems.push(...state.fallbacks.map((text) => `fallback ${text}`));
          problems.push(...state.documentErrors.map((text) => `document error ${text}`));
        }
        if (problems.length > 0) outcomes.push({ id: story.id, theme, problems });
      }
    }
    expect(outcomes).toEqual([]);
  }, 420_000);
});
