/**
 * Host events and commands in Chromium against the real server: editing an asset reaches the plugin that
 * subscribes to `asset.changed` (its notice in the page, its server action recorded on the plugins page), and
 * a plugin's command appears in the asset's actions menu, is reachable by keyboard and runs with the asset.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  buildOnce,
  installForAlice,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  buildOnce();
  server = await startServer({ STAC_WEB_JOB_SCHEDULER: '0' });
  await installForAlice(server, 'asset-watch', ['asset:read', 'inventory:read']);
  browser = await launchBrowser();
  page = browser.page;
});

afterEach(() => {
  const violations = browser?.cspViolations.splice(0) ?? [];
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('host events and commands in Chromium', () => {
  it('an edit of an asset reaches the subscribed plugin in the page and on the server', async () => {
    await signIn(page, server.url);
    await page.goto(`${server.url}/assets/asset-drill-01`);
    await page.getByRole('heading', { level: 1, name: 'Cordless Drill' }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit Cordless Drill' });
    await form.getByLabel('Quantity').fill('-3');
    await form.getByRole('button', { name: 'Save' }).click();
    // A refused value is named and nothing is saved.
    await form.getByRole('alert').getByText('quantity cannot be negative').waitFor();
    await form.getByLabel('Quantity').fill('1');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Asset Watch: Cordless Drill now has 1 in stock (low).').waitFor();
    await screenshot(page, 'plugin-event-asset-changed');

    // The server ran the plugin's report on the same event and keeps it like a job run.
    await page.goto(`${server.url}/marketplace/installed`);
    const entry = page
      .getByRole('region', { name: 'Jobs of Asset Watch' })
      .getByRole('article', { name: 'When an asset is edited' });
    await entry.getByText(/After editing Cordless Drill: \d+ items low on stock/).waitFor();
    expect(await entry.getByRole('button', { name: 'Run now' }).count()).toBe(0);
  });

  it('a command appears in the asset’s actions menu, opens by keyboard and runs with the asset', async () => {
    await page.goto(`${server.url}/assets/asset-drill-01`);
    const menuButton = page.getByRole('button', { name: 'Asset actions' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitem', { name: /Check stock/ });
    await expect.poll(() => item.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Stock of Cordless Drill').waitFor();
    await dialog.getByText('1 in stock, minimum 2: reorder soon.').waitFor();
    await screenshot(page, 'plugin-command-asset-menu');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('installing a plugin from its page tells the plugins that subscribe, in the page and on the server', async () => {
    await page.goto(`${server.url}/marketplace/plugins/asset-location`);
    await page.getByRole('heading', { level: 1, name: 'Asset Location' }).waitFor();
    await page.getByRole('button', { name: 'Install' }).click();
    const consent = page.getByRole('alertdialog', { name: 'Install “Asset Location”?' });
    await consent.getByRole('button', { name: 'Allow and install' }).click();
    // Asset Watch's page action: a notice naming what was installed.
    await page.getByText(/Asset Watch noticed that Asset Location [\d.]+ was installed\./).waitFor();
    await screenshot(page, 'plugin-event-plugin-installed');

    // Its server action ran after the install was saved, recorded on the plugins page.
    await page.goto(`${server.url}/marketplace/installed`);
    const entry = page
      .getByRole('region', { name: 'Jobs of Asset Watch' })
      .getByRole('article', { name: 'When a plugin is installed' });
    await entry.getByText(/After installing Asset Location: \d+ items low on stock/).waitFor();
  });

  it('a dashboard command that calls a host method runs on the server and shows its summary', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Dashboard actions' }).click();
    await page.getByRole('menuitem', { name: /Low stock report/ }).click();
    const notice = page
      .getByRole('region', { name: 'Notifications' })
      .getByText(/Low stock report: \d+ items low on stock, counted on the server just now/);
    await notice.waitFor();
    await screenshot(page, 'plugin-command-server-method');

    // Recorded like a run, "from its menu", on the plugins page.
    await page.goto(`${server.url}/marketplace/installed`);
    const entry = page
      .getByRole('region', { name: 'Jobs of Asset Watch' })
      .getByRole('article', { name: 'Low stock report' });
    await entry.getByText('Last run from its menu').waitFor();
    await entry.getByText(/\d+ items low on stock, counted on the server just now/).waitFor();
  });
});
