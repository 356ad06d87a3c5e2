// @vitest-environment node
/**
 * Base text of a view as a user sees it in a bare host page (no stylesheet of its own; the shared stac one in
 * its head, as renderStacToString asks of a page): server-rendered HTML loaded into real Chromium, so var()
 * fallbacks, inheritance and the computed font are the browser's own.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { renderStacToString, stacStylesheetHtml } from '../../src/renderer/ssr';
import { darkTheme, lightTheme } from '../../src/renderer/theme';
import type { RenderStacToStringOptions } from '../../src/renderer/ssr';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed at /usr/bin/chromium');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface TextLook {
  fontFamily: string;
  fontSize: string;
  lineHeight: string;
  fontWeight: string;
  color: string;
  /** What the page's own text (outside the view) looks like, for comparison. */
  pageFontFamily: string;
  pageBackground: string;
  viewBackground: string;
}

/** Shows `stacDocument` rendered on the server in a page with no styles and reads the look of `text`. */
async function lookOf(
  stacDocument: unknown,
  text: string,
  options: RenderStacToStringOptions = {},
): Promise<TextLook> {
  const html = renderStacToString(stacDocument, options);
  // The page carries the shared stylesheet once, in its head, as a server page does (stacStylesheetHtml).
  await page.setContent(
    `<!doctype html><html><head>${stacStylesheetHtml()}</head><body><p id="host">Host text</p>${html}</body></html>`,
  );
  return page.evaluate((wanted) => {
    const element = [...document.querySelectorAll<HTMLElement>('.stac-view *')].find(
      (candidate) => candidate.childElementCount === 0 && candidate.textContent === wanted,
    );
    if (!element) throw new Error(`no element shows "${wanted}"`);
    const style = getComputedStyle(element);
    const view = document.querySelector('.stac-view') as HTMLElement;
    return {
      fontFamily: style.fontFamily,
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      fontWeight: style.fontWeight,
      color: style.color,
      pageFontFamily: getComputedStyle(document.getElementById('host') as HTMLElement).fontFamily,
      pageBackground: getComputedStyle(document.body).backgroundColor,
      viewBackground: getComputedStyle(view).backgroundColor,
    };
  }, text);
}

/** A CSS color as Chromium computes it (`rgb(...)`). */
async function computedColor(color: string): Promise<string> {
  return page.evaluate((value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    const computed = getComputedStyle(probe).color;
    probe.remove();
    return computed;
  }, color);
}

const plainText = { type: 'column', children: [{ type: 'text', data: 'Outside any scaffold' }] };

describe('base typography of a view in a bare page', () => {
  it('text outside a scaffold uses the theme font at bodyMedium size on onSurface, not the page serif', async () => {
    const look = await lookOf(plainText, 'Outside any scaffold');
    // The bare page itself is a serif: the view must not inherit it.
    expect(look.pageFontFamily).toMatch(/serif|Times/i);
    expect(look.fontFamily).not.toBe(look.pageFontFamily);
    expect(look.fontFamily).toContain('Roboto');
    expect(look.fontFamily).toMatch(/sans-serif$/);
    expect(look.fontSize).toBe(`${lightTheme.textStyles.bodyMedium.size}px`);
    // Flutter's bodyMedium height 1.43 times 14 px: a 20 px line.
    expect(parseFloat(look.lineHeight)).toBeCloseTo(lightTheme.textStyles.bodyMedium.lineHeight, 0);
    expect(look.fontWeight).toBe('400');
    expect(look.color).toBe(await computedColor(lightTheme.colors.onSurface));
  });

  it('follows the dark theme text color and leaves the background to the host', async () => {
    const look = await lookOf(plainText, 'Outside any scaffold', { theme: 'dark' });
    expect(look.color).toBe(await computedColor(darkTheme.colors.onSurface));
    expect(look.color).not.toBe(await computedColor(lightTheme.colors.onSurface));
    expect(look.viewBackground).toBe('rgba(0, 0, 0, 0)');
  });

  it('a theme font family and the host style prop both win over the default stack', async () => {
    const themed = await lookOf(plainText, 'Outside any scaffold', {
      theme: { brightness: 'light', fontFamily: 'Georgia, serif' },
    });
    expect(themed.fontFamily).toBe('Georgia, serif');
    const styled = await lookOf(plainText, 'Outside any scaffold', {
      style: { fontFamily: 'monospace', fontSize: 18 },
    });
    expect(styled.fontFamily).toBe('monospace');
    expect(styled.fontSize).toBe('18px');
  });

  it('a text style from the document still sets its own size over the base', async () => {
    const look = await lookOf({ type: 'text', data: 'Big title', style: 'headlineSmall' }, 'Big title');
    expect(look.fontSize).toBe(`${lightTheme.textStyles.headlineSmall.size}px`);
    expect(look.fontFamily).toContain('Roboto');
  });
});
