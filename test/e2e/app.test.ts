import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { measureBuilt } from '../../scripts/bundleSizes';
import {
  buildOnce,
  launchBrowser,
  ROOT,
  screenshot,
  seriousAxeViolations,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  buildOnce();
  server = await startServer();
  browser = await launchBrowser();
  page = browser.page;
});

// Each test fails on any CSP violation it caused (zod's eval probe, an inline script, a blocked frame).
afterEach(() => {
  const violations = browser?.cspViolations.splice(0) ?? [];
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectNoSeriousAxeViolations(name: string) {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('the app in Chromium', () => {
  it('signs in through the demo accounts and shows the dashboard with its plugins', async () => {
    const scripts: string[] = [];
    const onRequest = (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.slice(1));
    };
    page.on('request', onRequest);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Sign in to stac-web' }).waitFor();
    page.off('request', onRequest);
    expect(page.url()).toContain('/sign-in');
    // A signed-out visitor of the dashboard's address downloads the sign-in page only, not the dashboard's code.
    const firstPage = measureBuilt(join(ROOT, 'dist')).appFirstPageFiles;
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => !firstPage.includes(script))).toEqual([]);
    await expectNoSeriousAxeViolations('sign-in');
    await screenshot(page, 'sign-in');

    await page.getByRole('button', { name: /Alice Moreau/ }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(await page.title()).toBe('Dashboard · stac-web');

    const top = page.getByRole('region', { name: 'Plugins: dashboard top' });
    await top.getByText('Welcome back, Alice Moreau').waitFor();
    await top.getByText('Quick actions').waitFor();
    await page.getByText('Units in stock').waitFor();
    await expectNoSeriousAxeViolations('dashboard');
    await screenshot(page, 'dashboard');
  });

  it('runs a plugin action in the host: a snack bar greets the signed-in user', async () => {
    await page.getByRole('button', { name: 'Say hello' }).click();
    await page.getByText('Hello, Alice Moreau! Have a productive day.').waitFor();
  });

  it('shows asset_detail plugins on the asset page, bound to that asset', async () => {
    await page.getByRole('link', { name: 'Assets' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assets' }).waitFor();
    await expectNoSeriousAxeViolations('assets');
    await screenshot(page, 'assets');

    await page.getByRole('link', { name: 'Cordless Drill' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cordless Drill' }).waitFor();
    const plugins = page.getByRole('region', { name: 'Plugins for this asset' });
    await plugins.getByText('Health of Cordless Drill').waitFor();
    await plugins.getByText('92 / 100').waitFor();
    expect(await page.title()).toBe('Cordless Drill · stac-web');
    await expectNoSeriousAxeViolations('asset detail');
    await screenshot(page, 'asset-detail');

    await page.getByRole('link', { name: 'Assets', exact: true }).first().click();
    await page.getByRole('link', { name: 'Aluminium Ladder' }).click();
    await plugins.getByText('Health of Aluminium Ladder').waitFor();
  });

  it('keeps the page working when a plugin cannot render, and disables it from the notice', async () => {
    // Arrange a broken install the API would refuse: a document nested deeper than the renderer's limit.
    let ui: Record<string, unknown> = { type: 'text', data: 'too deep to show' };
    for (let level = 0; level < 90; level++) ui = { type: 'container', child: ui };
    const db = new Database(server.dbPath);
    try {
      const alice = db.prepare('SELECT id FROM users WHERE username = ?').get('alice') as { id: number };
      const now = new Date().toISOString();
      db.prepare(
        `INSERT INTO installs (user_id, plugin_id, name, description, author, author_avatar, slot, version, ui_json, is_active, installed_at, updated_at)
         VALUES (?, 'broken-e2e', 'Broken widget', '', 'mallory', NULL, 'dashboard_top', '1.0.0', ?, 1, ?, ?)`,
      ).run(alice.id, JSON.stringify(ui), now, now);
    } finally {
      db.close();
    }

    await page.goto(`${server.url}/`);
    const notice = page.getByRole('alert').filter({ hasText: 'The plugin “Broken widget” stopped working' });
    await notice.waitFor();
    await page.getByText('Welcome back, Alice Moreau').waitFor();
    await page.getByText('Units in stock').waitFor();
    await screenshot(page, 'dashboard-broken-plugin');

    await notice.getByRole('button', { name: 'Disable' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByText('Welcome back, Alice Moreau').waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it('renders no plugin in safe mode, with a banner', async () => {
    await page.goto(`${server.url}/?safe-mode`);
    await page.getByText('Safe mode: plugins are not shown on this page.').waitFor();
    await page.getByText('Units in stock').waitFor();
    expect(await page.getByText('Welcome back, Alice Moreau').count()).toBe(0);
    // Safe mode stays on while the user walks to the installed list.
    await page.getByRole('link', { name: 'Marketplace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Marketplace' }).waitFor();
    await page.getByText('Safe mode: plugins are not shown on this page.').waitFor();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByText('Units in stock').waitFor();
    expect(await page.getByText('Welcome back, Alice Moreau').count()).toBe(0);
    await page.getByRole('button', { name: 'Leave safe mode' }).click();
    await page.getByText('Welcome back, Alice Moreau').waitFor();
    expect(await page.getByText('Safe mode: plugins are not shown on this page.').count()).toBe(0);
  });

  it('is usable with the keyboard: skip link first, then the navigation', async () => {
    await page.goto(`${server.url}/assets`);
    await page.getByRole('heading', { level: 1, name: 'Assets' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('switches to the dark theme and remembers it after a reload', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await page.getByRole('button', { name: 'Switch to light theme' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByText('Welcome back, Alice Moreau').waitFor();
    await expectNoSeriousAxeViolations('dashboard dark');
    await screenshot(page, 'dashboard-dark');
    for (const [path, name] of [
      ['/marketplace', 'marketplace dark'],
      ['/marketplace/plugins/asset-health-card', 'plugin detail dark'],
      ['/marketplace/installed', 'installed dark'],
      ['/marketplace/new', 'editor dark'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousAxeViolations(name);
    }
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [path, name] of [
        ['/', 'dashboard-phone'],
        ['/marketplace', 'marketplace-phone'],
        ['/assets/asset-drill-01', 'asset-detail-phone'],
      ] as const) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        await screenshot(page, name, { fullPage: false });
      }

      // The assets table keeps the quantity and its low-stock badge on screen.
      await page.goto(`${server.url}/assets`);
      const lowBadge = page.getByRole('row', { name: /Field Laptop/ }).getByText('low', { exact: true });
      await lowBadge.waitFor();
      expect((await lowBadge.boundingBox())?.x ?? 999).toBeLessThan(390 - 20);
      const tableOverflow = await page
        .locator('.table-card')
        .evaluate((card) => card.scrollWidth - card.clientWidth);
      expect(tableOverflow, 'the assets table scrolls sideways').toBeLessThanOrEqual(0);

      // Every marketplace tab is on screen (none hidden in a sideways-scrolling strip)...
      await page.goto(`${server.url}/marketplace/preview`);
      const tabs = page.getByRole('navigation', { name: 'Marketplace' }).getByRole('link');
      await tabs.first().waitFor();
      for (const box of await tabs.evaluateAll((links) =>
        links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect),
      ))
        expect(box.right).toBeLessThanOrEqual(390);
      // ...and the plugin URL field takes the width of the phone rather than sharing it with the button.
      const field = await page.getByLabel('Plugin file URL').boundingBox();
      expect(field?.width ?? 0).toBeGreaterThan(300);
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it('renders a slot in a plain HTML page through the embed build', async () => {
    const iconFiles: string[] = [];
    const onRequest = (request: Request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/embed/stac-icons/')) iconFiles.push(path);
    };
    page.on('request', onRequest);
    await page.goto(`${server.url}/embed-demo.html`);
    // Same tab as the app: the embed demo reuses the app session.
    const assetSlot = page.locator('#asset-slot');
    await assetSlot.getByText(/^Health of /).waitFor();
    const firstAsset = await page.locator('#asset-picker option:checked').textContent();
    await assetSlot.getByText(`Health of ${firstAsset}`).waitFor();
    await page.locator('#asset-picker').selectOption({ label: 'Cordless Drill' });
    await assetSlot.getByText('Health of Cordless Drill').waitFor();
    await page.locator('#dashboard-slot').getByText('Quick actions').waitFor();
    // The host page hands its dashboard slot the inventory, as the app's dashboard does.
    await page
      .locator('#dashboard-slot')
      .getByText(/^\d+ assets, \d+ units, worth €[\d,.]+\./)
      .waitFor();
    // The embed bundles no icon, not even the common ones the app bundles: each icon a plugin draws is
    // fetched alone, beside the script, and drawn when it arrives.
    const person = page.locator('#dashboard-slot svg[data-stac-icon="person"] path');
    await person.first().waitFor({ state: 'attached' });
    expect(await person.first().getAttribute('d')).toMatch(/^M/);
    page.off('request', onRequest);
    expect(iconFiles).toContain('/embed/stac-icons/filled/person.json');
    expect(new Set(iconFiles).size).toBeLessThan(20);
    await expectNoSeriousAxeViolations('embed demo');
    await screenshot(page, 'embed-demo');
    expect(browser.pageErrors).toEqual([]);
  });

  it('signs out', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to stac-web' }).waitFor();
    await page.goto(`${server.url}/marketplace`);
    await page.getByRole('heading', { name: 'Sign in to stac-web' }).waitFor();
    expect(page.url()).toContain('/sign-in?next=%2Fmarketplace');
  });
});
