/**
 * The built app in Chromium against a stand-in for a real Invenicum backend (test/support), served from its
 * origin the way the real app.js serves a web build from public/web, with a config.json beside it that
 * leaves the backend profile to detection. The same journeys as against the reference server.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startInvenicumCompatServer, type CompatServer } from '../support/invenicumCompatServer';
import { ANA, CARLOS, seedInvenicum } from '../support/invenicumSeed';
import { buildOnce, launchBrowser, ROOT, screenshot, signIn, type Browser } from './harness';

let server: CompatServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  buildOnce();
  server = await startInvenicumCompatServer({
    seed: seedInvenicum,
    webRoot: join(ROOT, 'dist'),
    webConfig: { apiBaseUrl: '/api/v1', apiProfile: 'auto' },
  });
  browser = await launchBrowser();
  page = browser.page;
});

afterEach(() => {
  const violations = browser?.cspViolations.splice(0) ?? [];
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const installedRow = (name: string) => page.getByRole('article', { name });

async function installFromDetail(id: string, name: string) {
  await page.goto(`${server.url}/marketplace/plugins/${id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('button', { name: 'Install' }).click();
  await page.getByRole('switch', { name: 'Enabled' }).waitFor();
}

describe('stac-web against a real Invenicum backend, in Chromium', () => {
  it('signs in with an e-mail (an account without a user name) and shows the user by name', async () => {
    await signIn(page, server.url, ANA.email, ANA.password);
    await page.locator('.top-bar__user-name').getByText(ANA.name).waitFor();
    // The installed plugin is in its real slot; its template reads our user object.
    await page.getByRole('region', { name: 'Plugins: dashboard bottom' }).getByText('Resumen v1').waitFor();
    await screenshot(page, 'invenicum-dashboard');
  });

  it('shows the inventory (GET /items) on the dashboard and the inventory pages', async () => {
    await page.goto(`${server.url}/`);
    const figures = page.getByRole('region', { name: 'Inventory figures' });
    await figures.getByText('Low stock').waitFor();
    await page.getByRole('link', { name: 'Taladro percutor' }).waitFor();

    await page.getByRole('link', { name: 'Assets' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assets' }).waitFor();
    for (const name of ['Casco de seguridad', 'Portátil de campo', 'Taladro percutor'])
      await page.getByRole('link', { name }).waitFor();
    await page.getByRole('link', { name: 'Taladro percutor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Taladro percutor' }).waitFor();
    await page.getByText('Taller · Estante 2').first().waitFor();
  });

  it('browses the market, installed plugins included, with the real catalog’s defaults', async () => {
    await page.getByRole('link', { name: 'Marketplace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Marketplace' }).waitFor();
    const cards = page.getByRole('list', { name: 'Plugins' }).getByRole('heading', { level: 3 });
    await expect
      .poll(async () => (await cards.allTextContents()).sort())
      .toEqual(
        [
          'Aviso lateral',
          'Carlos Notes',
          'Documento simple',
          'Otro mas',
          'Quién Soy',
          'Reloj Digital Moderno',
          'Resumen',
          'Saludo',
        ].sort(),
      );
  });

  it('installs with the whole record and shows the plugin in a real slot, {{userName}} filled', async () => {
    await installFromDetail('saludo', 'Saludo');
    await page.getByRole('link', { name: 'Assets' }).click();
    await page
      .getByRole('region', { name: 'Plugins: inventory header' })
      .getByText(`Hola, ${ANA.name}`)
      .waitFor();

    await installFromDetail('aviso_lateral', 'Aviso lateral');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('region', { name: 'Plugins: sidebar' }).getByText('Stock check at 9:00').waitFor();
  });

  it('opens an installed plugin on its own page', async () => {
    await page.goto(`${server.url}/plugins/saludo`);
    await page.getByRole('heading', { level: 1, name: 'Saludo' }).waitFor();
    await page.getByRole('main').getByText(`Hola, ${ANA.name}`).waitFor();
  });

  it('switches a plugin off, and it leaves its slot', async () => {
    await page.goto(`${server.url}/marketplace/installed`);
    const row = installedRow('Saludo');
    const toggled = page.waitForResponse(
      (response) => response.url().includes('/plugins/user/toggle') && response.request().method() === 'PUT',
    );
    await row.getByRole('switch', { name: 'Enable Saludo' }).click();
    expect((await toggled).ok()).toBe(true);
    await expect.poll(() => row.getByRole('switch', { name: 'Enable Saludo' }).isChecked()).toBe(false);
    await page.goto(`${server.url}/assets`);
    await page.getByRole('link', { name: 'Taladro percutor' }).waitFor();
    expect(await page.getByText(`Hola, ${ANA.name}`).count()).toBe(0);
  });

  it('reviews the latest file and updates through install (the backend has no update route)', async () => {
    await page.goto(`${server.url}/marketplace/installed`);
    const row = installedRow('Resumen');
    await row.getByText('2.0.0 available').waitFor();
    await row.getByRole('button', { name: 'Review update' }).click();
    await row
      .getByRole('region', { name: 'Latest version 2.0.0' })
      .getByText(/^Resumen v2 for /)
      .waitFor();
    await row.getByRole('button', { name: 'Update to 2.0.0' }).click();
    await row.getByText(/^v2\.0\.0/).waitFor();
    await page.goto(`${server.url}/`);
    await page
      .getByRole('region', { name: 'Plugins: dashboard bottom' })
      .getByText(`Resumen v2 for ${ANA.name}`)
      .waitFor();
    expect(server.state.requests.some((request) => request.path.endsWith('/plugins/user/update'))).toBe(
      false,
    );
  });

  it('uninstalls after a confirmation', async () => {
    await page.goto(`${server.url}/marketplace/installed`);
    const row = installedRow('Aviso lateral');
    await row.getByRole('button', { name: 'Uninstall' }).click();
    await page
      .getByRole('alertdialog', { name: 'Uninstall “Aviso lateral”?' })
      .getByRole('button', { name: 'Uninstall' })
      .click();
    await row.waitFor({ state: 'detached' });
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByText(`Resumen v2 for ${ANA.name}`).waitFor();
    expect(await page.getByText('Stock check at 9:00').count()).toBe(0);
  });

  it('explains that publishing needs a linked GitHub account', async () => {
    await page.goto(`${server.url}/marketplace/new`);
    await page.getByRole('heading', { level: 1, name: 'Create a plugin' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Nota de Ana');
    await page.getByRole('button', { name: 'Create plugin' }).click();
    await page
      .getByText(/Link GitHub in your Invenicum profile first/)
      .first()
      .waitFor();
    expect(server.state.pullRequests).toHaveLength(0);
  });

  it('creates a plugin as a pull request and shows it as submitted for review, with the link', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to stac-web' }).waitFor();
    await signIn(page, server.url, CARLOS.email, CARLOS.password);
    await page.goto(`${server.url}/marketplace/new`);
    await page.getByRole('heading', { level: 1, name: 'Create a plugin' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Inventario rapido');
    await page.getByRole('button', { name: 'Create plugin' }).click();
    await page.getByText('“Inventario rapido” 1.0.0 is submitted for review.').waitFor();
    const link = page.getByRole('link', { name: 'Open the pull request' });
    expect(await link.getAttribute('href')).toBe(
      'https://github.com/lopiv2/invenicum-market-repository/pull/1',
    );
    expect(server.state.pullRequests[0].file).toMatchObject({
      id: 'inventario_rapido',
      author: 'carlos-dev',
    });
    await screenshot(page, 'invenicum-submitted-for-review');
  });
});
