// @vitest-environment node
/**
 * Layout a user sees, measured in real Chromium (jsdom has no layout): widthFactor/heightFactor sizes,
 * unbounded lengths filling a row, a positioned-only stack, a translucent decoration image under the
 * content, and a fade mask Chromium accepts. The renderer is bundled with Vite and mounted client-side.
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = resolve(import.meta.dirname, 'browser/mountStacView.tsx');
// A 2x2 opaque red PNG: a decoration image the URL sanitizer accepts without a network.
const RED_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DwnwGMgRQAH+4D/dJQfRoAAAAASUVORK5CYII=';

let browser: Browser;
let page: Page;
let bundle = '';

beforeAll(async () => {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    // Under Vitest (NODE_ENV=test) Vite compiles JSX for development, so React's development build must match.
    define: { 'process.env.NODE_ENV': '"development"' },
    build: { write: false, minify: false, lib: { entry: ENTRY, formats: ['iife'], name: 'StacLayoutTest' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  bundle = outputs[0].output[0].type === 'chunk' ? outputs[0].output[0].code : '';
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed at /usr/bin/chromium');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 400, height: 600 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Renders `document` in a 400x600 host box and waits for the first widget. */
async function show(document: unknown): Promise<void> {
  await page.setContent(
    `<!doctype html><html><body style="margin:0"><div id="root" style="width:400px;height:600px"></div></body></html>`,
  );
  await page.evaluate((doc) => {
    (window as unknown as { stacDocument: unknown }).stacDocument = doc;
  }, document);
  await page.addScriptTag({ content: bundle });
  await page.waitForSelector('.stac-view [class^="stac-"]:not(.stac-overlay-content, .stac-snack-bars)', {
    timeout: 10_000,
  });
  // Layout effects measure after the first paint; let ResizeObserver callbacks settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function box(selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not visible`);
  return found;
}

describe('in Chromium', { timeout: 30_000 }, () => {
  it('sizes center/align as the child size times widthFactor/heightFactor', async () => {
    await show({
      type: 'column',
      children: [
        {
          type: 'center',
          widthFactor: 2,
          heightFactor: 1.5,
          child: { type: 'sizedBox', width: 50, height: 40 },
        },
        { type: 'align', heightFactor: 3, child: { type: 'sizedBox', width: 20, height: 10 } },
      ],
    });
    await expect.poll(async () => (await box('.stac-center')).width).toBe(100);
    const center = await box('.stac-center');
    expect(center.height).toBe(60);
    // The column centres the 100px box; the child sits centred inside it, 25px and 10px from its edges.
    expect(center.x).toBe(150);
    const child = await box('.stac-center .stac-sizedBox');
    expect(child.x - center.x).toBe(25);
    expect(child.y - center.y).toBe(10);
    // Only heightFactor: full width, 3 x 10px tall.
    const align = await box('.stac-align');
    expect(align.width).toBe(400);
    expect(align.height).toBe(30);
  });

  it('lets an infinite width take what a row leaves beside a fixed box, not push it out', async () => {
    await show({
      type: 'row',
      children: [
        { type: 'sizedBox', width: 100, height: 40 },
        { type: 'container', width: 'infinity', height: 40, color: '#2196F3' },
      ],
    });
    const filler = await box('.stac-container');
    expect(filler.x).toBe(100);
    expect(filler.width).toBe(300);
    expect((await box('.stac-sizedBox')).width).toBe(100);
  });

  it('shows the children of a stack whose children are all positioned', async () => {
    await show({
      type: 'scaffold',
      body: {
        type: 'stack',
        children: [
          {
            type: 'positioned',
            top: 30,
            left: 30,
            width: 150,
            height: 150,
            child: { type: 'text', data: 'Green' },
          },
        ],
      },
    });
    const stack = await box('.stac-stack');
    expect(stack.height).toBeGreaterThanOrEqual(180);
    const text = await box('text=Green');
    expect(text.x).toBe(30);
    expect(text.y).toBe(30);
  });

  it('gives a Positioned child its tight size and lets Positioned.fill reach the edges', async () => {
    await show({
      type: 'sizedBox',
      width: 300,
      height: 300,
      child: {
        type: 'stack',
        children: [
          {
            type: 'positioned',
            top: 10,
            left: 10,
            width: 150,
            height: 150,
            child: { type: 'container', width: 75, height: 75, color: '#81C784' },
          },
          {
            type: 'positioned',
            positionedType: 'fill',
            top: 130,
            left: 90,
            width: 150,
            height: 150,
            child: { type: 'container', color: '#BA68C8' },
          },
        ],
      },
    });
    const boxes = page.locator('.stac-container');
    expect(await boxes.nth(0).boundingBox()).toMatchObject({ x: 10, y: 10, width: 150, height: 150 });
    expect(await boxes.nth(1).boundingBox()).toMatchObject({ x: 90, y: 130, width: 210, height: 170 });
  });

  it('paints a translucent decoration image over the colour and under the text', async () => {
    await show({
      type: 'container',
      width: 200,
      height: 100,
      decoration: { color: '#0000FF', image: { src: RED_PNG, fit: 'cover', opacity: 0.5 } },
      child: { type: 'center', child: { type: 'text', data: 'Readable' } },
    });
    const layer = page.locator('[data-stac-layer="decoration-image"]');
    expect(await layer.evaluate((el) => getComputedStyle(el).opacity)).toBe('0.5');
    const layerBox = await layer.boundingBox();
    expect(layerBox).toMatchObject({ x: 0, y: 0, width: 200, height: 100 });
    // What is on top where the word is drawn: the text, not the image layer.
    const text = await box('text=Readable');
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.textContent ?? null,
      [text.x + text.width / 2, text.y + text.height / 2],
    );
    expect(hit).toBe('Readable');
    // The image really loads (a refused or broken URL would leave the layer empty).
    expect(await layer.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('data:image/png');
  });

  it('lets a column body fill the screen so spacers and mainAxisAlignment place children as Flutter does', async () => {
    await show({
      type: 'scaffold',
      body: {
        type: 'padding',
        padding: 20,
        child: {
          type: 'column',
          children: [
            { type: 'sizedBox', height: 40 },
            { type: 'spacer' },
            { type: 'text', data: 'Middle' },
            { type: 'spacer' },
            { type: 'text', data: 'Bottom' },
          ],
        },
      },
    });
    const bottom = await box('text=Bottom');
    // The 600px view minus 20px padding: the last line ends at the bottom edge of the padding.
    expect(bottom.y + bottom.height).toBeCloseTo(580, 0);
    const middle = await box('text=Middle');
    expect(middle.y).toBeGreaterThan(250);
    expect(middle.y).toBeLessThan(330);
  });

  it('keeps a row inside a row to its content, so the text after a spacer stays on one line', async () => {
    await show({
      type: 'row',
      children: [
        { type: 'row', children: [{ type: 'text', data: 'Forgot Pin' }] },
        { type: 'spacer' },
        { type: 'text', data: 'Need help?' },
      ],
    });
    const help = await box('text=Need help?');
    const forgot = await box('text=Forgot Pin');
    expect(help.y).toBe(forgot.y);
    expect(help.x + help.width).toBeCloseTo(400, 0);
    expect(help.height).toBeLessThan(30);
  });

  it('starts a spaceBetween row in a padding at the left of a centring column, as its full width puts it', async () => {
    await show({
      type: 'column',
      children: [
        {
          type: 'padding',
          padding: { left: 16, right: 16 },
          child: {
            type: 'row',
            mainAxisAlignment: 'spaceBetween',
            children: [{ type: 'text', data: 'Now Playing' }],
          },
        },
        { type: 'padding', padding: 8, child: { type: 'text', data: 'Centred' } },
      ],
    });
    expect((await box('text=Now Playing')).x).toBe(16);
    expect((await box('.stac-row')).width).toBe(368);
    // A padding around plain text still shrink-wraps and is centred by the column.
    const centred = await box('text=Centred');
    expect(Math.abs(centred.x + centred.width / 2 - 200)).toBeLessThan(1);
  });

  it('makes every item of a vertical listView as wide as the list, as its tight constraint does', async () => {
    await show({
      type: 'listView',
      children: [
        { type: 'container', width: 200, height: 40, color: '#672BFF' },
        { type: 'center', child: { type: 'container', width: 200, height: 40, color: '#FC5632' } },
      ],
    });
    expect((await box('.stac-container')).width).toBe(400);
    // A center inside the item keeps its child at the stated width, centred.
    const centred = await box('.stac-center .stac-container');
    expect(centred.width).toBe(200);
    expect(centred.x).toBe(100);
  });

  it('lets an expanding text field in a sizedBox fill its height and the column width', async () => {
    await show({
      type: 'column',
      children: [
        {
          type: 'sizedBox',
          height: 100,
          child: { type: 'textField', expands: true, decoration: { filled: true, labelText: 'Life story' } },
        },
      ],
    });
    const sized = await box('.stac-sizedBox');
    expect(sized.width).toBe(400);
    const field = await box('.stac-field');
    expect(field.y + field.height).toBeCloseTo(sized.y + 100, 0);
    expect(field.height).toBeGreaterThan(60);
  });

  it('clamps a container wider than its column to the column width', async () => {
    await show({
      type: 'column',
      children: [
        {
          type: 'padding',
          padding: { left: 24, right: 24 },
          child: { type: 'container', width: 700, height: 20 },
        },
      ],
    });
    const wide = await box('.stac-container');
    expect(wide.x).toBe(24);
    expect(wide.width).toBe(352);
  });

  it('fades the end of a text line with a mask Chromium applies', async () => {
    await show({
      type: 'sizedBox',
      width: 120,
      child: { type: 'text', data: 'A rather long line of text', maxLines: 1, overflow: 'fade' },
    });
    const mask = await page
      .locator('.stac-text')
      .evaluate((el) => getComputedStyle(el).maskImage || getComputedStyle(el).webkitMaskImage);
    expect(mask).toContain('linear-gradient');
    expect((await box('.stac-text')).width).toBe(120);
  });
});
