/**
 * The Flutter layout harness: bundles the renderer with Vite, opens one Chromium page, renders many STAC
 * documents side by side (mountStacCases.tsx) and measures what a user sees of each: element boxes relative
 * to the document's screen, colours and text metrics. Tests compare them with the values Flutter's layout
 * rules give (test/renderer/widgets/flutterLayout.browser.test.tsx).
 */
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../../scripts/chromium.mjs';
import { ICON_FILE_URL, iconFileBody } from '../../../../server/http/iconFiles';

const ROOT = resolve(import.meta.dirname, '../../../..');
const ENTRY = resolve(import.meta.dirname, 'mountStacCases.tsx');
/** The page's origin: answered by Playwright's router, never by the network. */
const ORIGIN = 'http://layout-harness.test';

export interface LayoutCase {
  id: string;
  document: unknown;
  /** JSON the page's origin answers for a path (`/data/...`), for the documents' network requests. */
  responses?: Record<string, unknown>;
  /** The screen Flutter lays the document out in (default 400 x 600). */
  width?: number;
  height?: number;
}

/** Where an element is found: a CSS selector inside the case's screen, or the leaf that shows `text`. */
export interface Target {
  selector?: string;
  text?: string;
  /** Which match (default the first). */
  nth?: number;
  /** Measure the element's text itself (a range around its contents), not the element's box. */
  textRun?: boolean;
}

export interface Measured {
  found: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  backgroundColor: string;
  fontSize: number;
  lineHeight: number;
  visible: boolean;
  /** Computed style values asked for by name. */
  styles: Record<string, string>;
  /** A text input's shown placeholder ('' when none) and its colour. */
  placeholder: string;
  placeholderColor: string;
}

export interface Harness {
  page: Page;
  /** Renders all cases in one page load and waits until each shows a widget. */
  show(cases: readonly LayoutCase[]): Promise<void>;
  /** Measures targets of many cases in one round trip. */
  measure(
    requests: ReadonlyArray<{ caseId: string; target: Target; styles?: readonly string[] }>,
  ): Promise<Measured[]>;
  /**
   * The colours Chromium painted at points of a case's element (x, y relative to its box), as [r, g, b]:
   * what a user sees of gradients and images, which computed styles cannot tell.
   */
  pixels(caseId: string, target: Target, points: ReadonlyArray<[number, number]>): Promise<number[][]>;
  close(): Promise<void>;
}

async function saveShots(page: Page, cases: ReadonlyArray<{ id: string }>, folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const file = basename(expect.getState().testPath ?? 'cases').replace(/\.browser\.test\.tsx?$/, '');
  for (const { id } of cases) {
    await page
      .locator(`[data-case="${id}"]`)
      .screenshot({ path: join(folder, `${file}__${id}-${THEME}.png`), animations: 'disabled' });
  }
}

async function bundleRenderer(): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    // Under Vitest (NODE_ENV=test) Vite compiles JSX for development, so React's development build must match.
    define: { 'process.env.NODE_ENV': '"development"' },
    build: { write: false, minify: false, lib: { entry: ENTRY, formats: ['iife'], name: 'StacLayoutCases' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0].output[0];
  return chunk.type === 'chunk' ? chunk.code : '';
}

/**
 * For people, not assertions: with STAC_LAYOUT_SHOTS=<folder> every case is also saved as a PNG there
 * (`<test file>__<case>.png`), rendered in STAC_LAYOUT_THEME (light or dark; the figures of the tests
 * are light, so a dark run's colour checks fail by design).
 */
const SHOTS = process.env.STAC_LAYOUT_SHOTS;
const THEME = process.env.STAC_LAYOUT_THEME === 'dark' ? 'dark' : 'light';

export async function startHarness(): Promise<Harness> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium is not installed at /usr/bin/chromium (or set STAC_WEB_CHROMIUM)');
  const [bundle, browser] = await Promise.all([
    bundleRenderer(),
    chromium.launch({ executablePath, args: CHROMIUM_ARGS }) as Promise<Browser>,
  ]);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const responses = new Map<string, unknown>();
  // The page and the icon files it asks for (icons outside the bundled common set are fetched one by one,
  // as the app fetches them from the reference server).
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (responses.has(path)) {
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(responses.get(path)),
      });
      return;
    }
    const icon = ICON_FILE_URL.exec(path);
    if (icon) {
      const body = iconFileBody(icon[1], icon[2]);
      await route.fulfill(
        body
          ? { status: 200, contentType: 'application/json', body }
          : { status: 404, contentType: 'application/json', body: '{}' },
      );
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html><body style="margin:0"><div id="cases"></div></body></html>',
    });
  });

  return {
    page,
    async show(cases) {
      for (const c of cases)
        for (const [path, body] of Object.entries(c.responses ?? {})) responses.set(path, body);
      await page.goto(`${ORIGIN}/`);
      const sized = cases.map((c) => ({
        id: c.id,
        document: c.document,
        width: c.width ?? 400,
        height: c.height ?? 600,
      }));
      await page.evaluate(
        ({ all, theme }) => {
          Object.assign(window, { stacCases: all, stacTheme: theme });
        },
        { all: sized, theme: THEME },
      );
      await page.addScriptTag({ content: bundle });
      // Every screen shows its first widget; then layout effects and ResizeObserver callbacks settle.
      await page.waitForFunction(
        (ids) =>
          ids.every((id) =>
            document.querySelector(
              `[data-case="${id}"] .stac-view [class^="stac-"]:not(.stac-overlay-content, .stac-snack-bars)`,
            ),
          ),
        sized.map((c) => c.id),
        { timeout: 30_000 },
      );
      // Fetched icons have arrived: no icon is still an empty <svg> waiting for its shapes.
      await page.waitForFunction(() => !document.querySelector('svg[data-stac-icon]:not(:has(path))'), null, {
        timeout: 30_000,
      });
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      if (SHOTS) await saveShots(page, sized, SHOTS);
    },
    measure(requests) {
      return page.evaluate(
        (all) => {
          return all.map(({ caseId, target, styles }) => {
            const frame = document.querySelector(`[data-case="${caseId}"]`) as HTMLElement | null;
            const empty = {
              found: false,
              x: 0,
              y: 0,
              width: 0,
              height: 0,
              color: '',
              backgroundColor: '',
              fontSize: 0,
              lineHeight: 0,
              visible: false,
              styles: {},
              placeholder: '',
              placeholderColor: '',
            };
            if (!frame) return empty;
            let matches: Element[] = [];
            if (target.selector) matches = [...frame.querySelectorAll(target.selector)];
            else if (target.text !== undefined)
              matches = [...frame.querySelectorAll('*')].filter(
                (el) =>
                  el.textContent === target.text &&
                  ![...el.children].some((c) => c.textContent === target.text),
              );
            const element = matches[target.nth ?? 0] as HTMLElement | undefined;
            if (!element) return empty;
            const origin = frame.getBoundingClientRect();
            let box: Element | Range = element;
            if (target.textRun) {
              box = document.createRange();
              box.selectNodeContents(element);
            }
            const rect = box.getBoundingClientRect();
            const style = getComputedStyle(element);
            const picked: Record<string, string> = {};
            for (const name of styles ?? []) picked[name] = style.getPropertyValue(name);
            return {
              found: true,
              x: rect.x - origin.x,
              y: rect.y - origin.y,
              width: rect.width,
              height: rect.height,
              color: style.color,
              backgroundColor: style.backgroundColor,
              fontSize: parseFloat(style.fontSize),
              lineHeight: style.lineHeight === 'normal' ? NaN : parseFloat(style.lineHeight),
              visible:
                style.visibility !== 'hidden' &&
                style.display !== 'none' &&
                Number(style.opacity) > 0 &&
                rect.width > 0,
              styles: picked,
              placeholder: element.getAttribute('placeholder') ?? '',
              placeholderColor: getComputedStyle(element, '::placeholder').color,
            };
          });
        },
        requests as Array<{ caseId: string; target: Target; styles?: readonly string[] }>,
      );
    },
    async pixels(caseId, target, points) {
      const frame = page.locator(`[data-case="${caseId}"]`);
      const element = target.selector
        ? frame.locator(target.selector).nth(target.nth ?? 0)
        : frame.getByText(target.text ?? '', { exact: true }).nth(target.nth ?? 0);
      const png = await element.screenshot({ animations: 'disabled', scale: 'css' });
      // Decoded by the page itself: a canvas reads back a PNG it drew from a data URL.
      return page.evaluate(
        async ({ data, at }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2d canvas');
          context.drawImage(image, 0, 0);
          return at.map(([x, y]) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
        },
        { data: png.toString('base64'), at: points },
      );
    },
    close: () => browser.close(),
  };
}
