import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import {
  buildOnce,
  callServerApi,
  installForAlice,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
  type ApiCallInit,
  type Browser,
  type RunningServer,
} from './harness';

const SERVICE_TOKEN = 'e2e-service-token-0123456789abcdef';

let server: RunningServer;
let browser: Browser;
let page: Page;

const api = (path: string, init?: ApiCallInit) => callServerApi(server, path, init);

beforeAll(async () => {
  buildOnce();
  // The in-process scheduler stays off: the test decides when due jobs run (run-due).
  server = await startServer({ STAC_WEB_SERVICE_TOKEN: SERVICE_TOKEN, STAC_WEB_JOB_SCHEDULER: '0' });
  await installForAlice(server, 'stock-watch', ['inventory:read']);
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

const jobCard = (name: string): Locator =>
  page.getByRole('region', { name: 'Jobs of Stock Watch' }).getByRole('article', { name, exact: true });

describe('plugin jobs in Chromium', () => {
  it('runs a job from the plugins page and shows its summary', async () => {
    await signIn(page, server.url);
    await page.goto(`${server.url}/marketplace/installed`);
    const lowStock = jobCard('Low stock report');
    await lowStock.getByText('Not run yet.').waitFor();
    await lowStock.getByRole('button', { name: 'Run now' }).click();
    await lowStock.getByText('4 items at or below their minimum').waitFor();
    await screenshot(page, 'plugin-jobs-run');
  });

  it('switches a schedule on and shows the next run', async () => {
    const value = jobCard('Inventory value');
    const toggle = value.getByRole('switch', { name: 'Run Inventory value on its schedule' });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await value.getByText('Next run').waitFor();
    expect(await toggle.isChecked()).toBe(true);
  });

  it('shows the scheduled result once run-due ran the due job', async () => {
    // The schedule is due tomorrow; make it due now, as the clock would.
    const db = new Database(server.dbPath);
    try {
      db.prepare(
        "UPDATE job_states SET next_run_at = '2020-01-01T00:00:00.000Z' WHERE job_id = 'value-summary'",
      ).run();
    } finally {
      db.close();
    }
    expect(
      (await api('/plugin-jobs/run-due', { method: 'POST', token: 'not-the-service-token-000000' })).status,
    ).toBe(401);
    const report = await api('/plugin-jobs/run-due', { method: 'POST', token: SERVICE_TOKEN });
    expect(report.body.ran).toEqual([
      expect.objectContaining({ jobId: 'value-summary', status: 'succeeded' }),
    ]);
    await page.reload();
    const value = jobCard('Inventory value');
    await value.getByText('Last scheduled run').waitFor();
    await value.getByText(/^8 items worth [\d.,\s]+EUR$/).waitFor();
    await screenshot(page, 'plugin-jobs-scheduled');
  });
});
