// @vitest-environment node
/**
 * Flutter's display, media, data and core widgets in Chromium, one document per widget type (card, chip,
 * divider, listTile, linearProgressIndicator and circleAvatar are measured in flutterLayout.browser.test.tsx),
 * against Material 3's defaults on a 400 x 600 phone screen. Each expected figure is worked out beside it.
 */
import { M3, TEXT, expectBox, flutterSuite, rgbOf } from '../browser/flutterSuite';

// A 2 x 2 opaque red PNG: an image the URL policy accepts without a network.
const RED_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DwnwGMgRQAH+4D/dJQfRoAAAAASUVORK5CYII=';
const ORIGIN = 'http://layout-harness.test';

const suite = flutterSuite([
  // CircularProgressIndicator: 36 x 36 (_kMinCircularProgressIndicatorSize), drawn in primary.
  // AlertDialog in place: Dialog's 40 px horizontal inset leaves 320; a short dialog takes its 280 px
  // minimum width, centred (x 60), 28 px corners on surfaceContainerHigh; the title (headlineSmall, 24 px)
  // starts 24 px in.
  {
    id: 'display',
    document: {
      type: 'column',
      children: [
        { type: 'circularProgressIndicator' },
        {
          type: 'alertDialog',
          title: TEXT('Delete?'),
          content: TEXT('This cannot be undone.'),
          actions: [{ type: 'textButton', child: TEXT('Cancel') }],
        },
      ],
    },
  },
  // Image with width/height and BoxFit.fill is exactly that size; a webView fills its 300 x 200 box.
  {
    id: 'media',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'image', src: RED_PNG, imageType: 'network', width: 100, height: 50, fit: 'fill' },
        { type: 'sizedBox', width: 300, height: 200, child: { type: 'webView', url: `${ORIGIN}/page` } },
      ],
    },
  },
  // A data: image far below what the screen shows: it needs no network, so it is loaded at once (a lazy
  // one would wait until it nears the viewport, watched by Chromium's lazy-load observer until then).
  {
    id: 'media-far',
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        { type: 'sizedBox', height: 5000 },
        { type: 'image', src: RED_PNG, width: 10, height: 10 },
      ],
    },
  },
  // Form and setValue draw nothing of their own: the form's column is the screen's width, and the text
  // reads the value setValue gives its subtree.
  {
    id: 'core',
    document: {
      type: 'form',
      child: {
        type: 'setValue',
        values: [{ key: 'name', value: 'Ada' }],
        child: { type: 'column', crossAxisAlignment: 'start', children: [TEXT('Hi {{name}}')] },
      },
    },
  },
  // DynamicView fills its template with the response; networkWidget draws the document it fetches.
  {
    id: 'data',
    responses: {
      '/data/user.json': { name: 'Grace' },
      '/data/widget.json': { type: 'container', width: 120, height: 30, color: '#00AA00' },
    },
    document: {
      type: 'column',
      crossAxisAlignment: 'start',
      children: [
        {
          type: 'dynamicView',
          request: { url: `${ORIGIN}/data/user.json` },
          template: TEXT('Hello {{name}}'),
        },
        { type: 'networkWidget', request: { url: `${ORIGIN}/data/widget.json` } },
      ],
    },
  },
]);

describe("Flutter's display, media, data and core widgets in Chromium", { timeout: 30_000 }, () => {
  it('sizes a circular progress indicator and lays out an alert dialog at Material 3 sizes', async () => {
    const spinner = await suite.at('display', { selector: '.stac-circularProgressIndicator' });
    expectBox(spinner, { x: 182, width: 36, height: 36 });
    const dialog = await suite.at('display', { selector: '.stac-alertDialog' }, ['border-top-left-radius']);
    expectBox(dialog, { x: 60, width: 280 });
    expect(dialog.styles['border-top-left-radius']).toBe('28px');
    expect(rgbOf(dialog.backgroundColor)).toEqual([236, 230, 240]);
    const title = await suite.at('display', { text: 'Delete?' });
    expect(title.fontSize).toBe(24);
    expectBox(title, { x: dialog.x + 24, y: dialog.y + 24 });
    expect((await suite.at('display', { text: 'Cancel' })).color).toBe(M3.primary);
  });

  it('sizes an image and a web view to their boxes', async () => {
    expectBox(await suite.at('media', { selector: 'img' }), { x: 0, y: 0, width: 100, height: 50 });
    expectBox(await suite.at('media', { selector: '.stac-webView' }), {
      y: 50,
      width: 300,
      height: 200,
    });
  });

  it('loads a data: image before it comes near the viewport', async () => {
    await suite.at('media-far', { selector: 'img' });
    const loaded = () =>
      suite.harness().page.evaluate(() => {
        const image = document.querySelector<HTMLImageElement>('[data-case="media-far"] img');
        return image ? { complete: image.complete, width: image.naturalWidth } : null;
      });
    await expect.poll(loaded).toEqual({ complete: true, width: 2 });
  });

  it("keeps an image's size under a host page's image reset", async () => {
    // Tailwind's preflight and many resets say `img { height: auto }`: the image's own size still holds.
    const page = suite.harness().page;
    const reset = await page.addStyleTag({ content: 'img { width: auto; height: auto; }' });
    try {
      expectBox(await suite.at('media', { selector: 'img' }), { width: 100, height: 50 });
    } finally {
      await reset.evaluate((element) => element.parentNode?.removeChild(element));
    }
  });

  it('lets form and setValue draw only their child, with the value bound', async () => {
    expectBox(await suite.at('core', { selector: '.stac-column' }), { x: 0, y: 0, width: 400 });
    expect((await suite.at('core', { text: 'Hi Ada' })).visible).toBe(true);
  });

  it('fills a dynamic view template and draws a network widget from their responses', async () => {
    const found = async (target: { text?: string; selector?: string }) =>
      (await suite.harness().measure([{ caseId: 'data', target }]))[0];
    await expect
      .poll(async () => (await found({ text: 'Hello Grace' })).found, { timeout: 20_000 })
      .toBe(true);
    await expect
      .poll(async () => (await found({ selector: '.stac-container' })).found, {
        timeout: 20_000,
      })
      .toBe(true);
    expectBox(await found({ selector: '.stac-container' }), { width: 120, height: 30 });
  });
});
