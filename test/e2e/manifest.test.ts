/**
 * Plugins as manifests, in Chromium against the real server: a composite plugin in two slots, the consent
 * screen, undeclared data withheld, settings that change what a plugin shows, a dependency installed first,
 * and a failing startup check that keeps a plugin off. Uses the demo catalog (public/plugins).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { callApi, signIn } from '../server/helpers/testServer';
import { screenshot, seriousAxeViolations, signedInSession } from './harness';

const session = signedInSession();
// The page of the session, set before each test (the session starts in beforeAll).
let page: typeof session.page;
beforeEach(() => {
  page = session.page;
});

const dashboardSlot = () => page.getByRole('region', { name: 'Plugins: dashboard top' });
const assetSlot = () => page.getByRole('region', { name: 'Plugins for this asset' });
const notifications = () => page.getByRole('region', { name: 'Notifications' });

/** Opens a catalog plugin and presses Install; answers the consent dialog when one opens. */
async function openAndInstall(id: string, name: string) {
  await page.goto(`${session.server.url}/marketplace/plugins/${id}`);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('button', { name: 'Install' }).click();
  return page.getByRole('alertdialog', { name: `Install “${name}”?` });
}

/** Bob publishes a plugin through the API (as any author would) and it is in Alice's catalog. */
async function publishAsBob(body: Record<string, unknown>) {
  const token = await signIn(session.server.url, 'bob', 'bob-demo');
  const published = await callApi<{ id: string }>(session.server.url, 'POST', '/plugins', { token, body });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  return { id: published.body.id, token };
}

describe('plugin manifests in Chromium', () => {
  it('previews both surfaces of a composite plugin, asks consent listing its permission, and shows it in both slots', async () => {
    await page.goto(`${session.server.url}/marketplace/plugins/stock-board`);
    await page
      .getByRole('region', { name: 'Live preview: Dashboard top' })
      .getByText('Stock board')
      .waitFor();
    await page
      .getByRole('region', { name: 'Live preview: Asset detail' })
      .getByText('in stock', { exact: false })
      .waitFor();

    const consent = await openAndInstall('stock-board', 'Stock Board');
    await consent.waitFor();
    const permissions = consent.getByRole('list', { name: '“Stock Board” will be able to' });
    expect(await permissions.getByRole('listitem').allTextContents()).toEqual([
      'Read the asset you are looking at (name, stock, value, ...) (asset:read)',
    ]);
    await screenshot(page, 'consent-dialog');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await consent.getByRole('button', { name: 'Allow and install' }).click();
    await page.getByRole('switch', { name: 'Enabled' }).waitFor();

    await page.goto(`${session.server.url}/`);
    await dashboardSlot().getByText('Reorder margin: 2 items above the minimum.').waitFor();
    await page.goto(`${session.server.url}/assets/asset-ladder-07`);
    const panel = assetSlot().getByRole('group', { name: 'Plugin: Stock Board' });
    await panel.getByText('in stock, minimum', { exact: false }).waitFor();
  });

  it('changes what the plugin shows when a setting changes, and refuses a value out of range by field', async () => {
    await page.goto(`${session.server.url}/marketplace/installed`);
    const row = page.getByRole('article', { name: 'Stock Board' });
    await row.getByRole('button', { name: 'Settings' }).click();
    const form = row.getByRole('form', { name: 'Settings of Stock Board' });
    await form.getByLabel('Dashboard headline').fill('Warehouse North');
    await form.getByLabel('Reorder margin').fill('500');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByText('must be at most 50', { exact: false }).waitFor();
    expect(await form.getByLabel('Reorder margin').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Reorder margin').fill('5');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await notifications().getByText('Saved the settings of “Stock Board”.').waitFor();

    await page.goto(`${session.server.url}/`);
    await dashboardSlot().getByText('Warehouse North').waitFor();
    await dashboardSlot().getByText('Reorder margin: 5 items above the minimum.').waitFor();
  });

  it('gives a plugin nothing of data it did not declare', async () => {
    const consent = await openAndInstall('permission-demo', 'Permission Demo');
    await consent.getByRole('button', { name: 'Allow and install' }).click();
    await page.getByRole('switch', { name: 'Enabled' }).waitFor();
    await page.goto(`${session.server.url}/assets/asset-ladder-07`);
    const plugin = assetSlot().getByRole('group', { name: 'Plugin: Permission Demo' });
    await plugin.getByText('Asset: Aluminium Ladder').waitFor();
    const text = await plugin.innerText();
    expect(text).toContain('Signed in as:');
    expect(text).not.toContain('alice');
    expect(text).not.toContain('Alice');
  });

  it('installs a plugin with its dependency in one step, dependency first, and warns before switching that off', async () => {
    const consent = await openAndInstall('label-printer', 'Label Printer');
    const also = consent.getByRole('list', { name: /Also installs/ });
    expect(await also.getByRole('listitem').allTextContents()).toEqual(['Label Kit 1.2.0']);
    await consent.getByRole('button', { name: 'Allow and install' }).click();
    await page.getByRole('switch', { name: 'Enabled' }).waitFor();

    await page.goto(`${session.server.url}/marketplace/installed`);
    const names = page.getByRole('list', { name: 'Installed plugins' }).getByRole('heading', { level: 2 });
    await expect
      .poll(async () => {
        const all = await names.allTextContents();
        return [all.indexOf('Label Kit') >= 0, all.indexOf('Label Kit') < all.indexOf('Label Printer')];
      })
      .toEqual([true, true]);
    const kit = page.getByRole('article', { name: 'Label Kit' });
    await kit.getByText('Needed by “Label Printer”.').waitFor();

    await page.goto(`${session.server.url}/assets/asset-ladder-07`);
    await assetSlot().getByText('Label Kit: 62 mm label for Aluminium Ladder').waitFor();
    await assetSlot()
      .getByText(/^Label for Aluminium Ladder/)
      .waitFor();

    await page.goto(`${session.server.url}/marketplace/installed`);
    await page
      .getByRole('article', { name: 'Label Kit' })
      .getByRole('switch', { name: 'Enable Label Kit' })
      .click();
    const warning = page.getByRole('alertdialog', { name: 'Switch off “Label Kit”?' });
    await warning.getByRole('list', { name: 'Plugins that need it' }).getByText('Label Printer').waitFor();
    await warning.getByRole('button', { name: 'Switch off anyway' }).click();
    const printer = page.getByRole('article', { name: 'Label Printer' });
    await printer.getByText('Stays off:', { exact: false }).first().waitFor();

    await page.goto(`${session.server.url}/assets/asset-ladder-07`);
    await assetSlot().getByRole('group', { name: 'Plugin: Stock Board' }).waitFor();
    expect(
      await assetSlot()
        .getByText(/^Label for Aluminium Ladder/)
        .count(),
    ).toBe(0);
  });

  it('holds an update that adds a permission until the user allows it, saying what is new', async () => {
    // Bob publishes a plugin that reads the asset; Alice installs it with her consent.
    const { id, token: bob } = await publishAsBob({
      name: 'Consent Gauge',
      version: '1.0.0',
      slot: 'dashboard_top',
      permissions: ['asset:read'],
      ui: { type: 'text', data: 'Consent Gauge one' },
    });
    const consent = await openAndInstall(id, 'Consent Gauge');
    await consent.getByRole('button', { name: 'Allow and install' }).click();
    await page.getByRole('switch', { name: 'Enabled' }).waitFor();

    // Version 1.1.0 also reads the inventory summary.
    const bumped = await callApi(session.server.url, 'PUT', `/plugins/${id}`, {
      token: bob,
      body: {
        version: '1.1.0',
        permissions: ['asset:read', 'inventory:read'],
        ui: { type: 'text', data: 'Units in stock: <<inventory.unitCount>>' },
      },
    });
    expect(bumped.status, JSON.stringify(bumped.body)).toBe(200);

    await page.goto(`${session.server.url}/marketplace/installed`);
    const row = page.getByRole('article', { name: 'Consent Gauge' });
    await row.getByText('1.1.0 available').waitFor();
    const inventoryWords =
      'Read a summary of your inventory (counts, low stock, total value, recent changes) (inventory:read)';
    await row
      .getByRole('list', { name: 'Status' })
      .getByText(`Version 1.1.0 asks for more: ${inventoryWords}. Updating asks you first.`)
      .waitFor();

    // Declining keeps the installed version.
    await row.getByRole('button', { name: 'Review update' }).click();
    await row.getByRole('button', { name: 'Update to 1.1.0' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Update “Consent Gauge”?' });
    const asked = ask.getByRole('list', { name: 'New: it will also be able to' });
    // Only what is new: the asset permission was allowed at install.
    expect(await asked.getByRole('listitem').allTextContents()).toEqual([inventoryWords]);
    await screenshot(page, 'update-consent-dialog');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await row.getByText('v1.0.0', { exact: false }).count()).toBe(1);
    await page.goto(`${session.server.url}/`);
    await dashboardSlot().getByText('Consent Gauge one').waitFor();

    // Allowing it updates, and the plugin shows the real inventory figure.
    await page.goto(`${session.server.url}/marketplace/installed`);
    await row.getByRole('button', { name: 'Review update' }).click();
    await row.getByRole('button', { name: 'Update to 1.1.0' }).click();
    await ask.getByRole('button', { name: 'Allow and update' }).click();
    await notifications().getByText('Updated “Consent Gauge” to 1.1.0.').waitFor();
    await row.getByText('v1.1.0', { exact: false }).waitFor();
    expect(await row.getByText('asks for more', { exact: false }).count()).toBe(0);
    await page.goto(`${session.server.url}/`);
    await dashboardSlot()
      .getByText(/^Units in stock: \d+$/)
      .waitFor();
  });

  it('copies to the clipboard for a plugin that declares "clipboard", and refuses one that does not', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: session.server.url,
    });
    const clipboardText = () => page.evaluate(() => navigator.clipboard.readText());

    // Asset Tags (seeded for Alice) declares "clipboard": its Copy serial button really copies.
    await page.goto(`${session.server.url}/assets/asset-drill-01`);
    const tags = assetSlot().getByRole('group', { name: 'Plugin: Asset Tags' });
    await tags.getByRole('button', { name: 'Copy serial' }).click();
    await notifications().getByText('Copied serial number MK-DHP484-2291.').waitFor();
    expect(await clipboardText()).toBe('MK-DHP484-2291');

    // A plugin without "permissions" keeps its older access, which never included the clipboard.
    const copier = await publishAsBob({
      name: 'Old Copier',
      version: '1.0.0',
      slot: 'asset_detail',
      ui: {
        type: 'textButton',
        child: { type: 'text', data: 'Copy the name' },
        onPressed: { method: 'copyToClipboard', params: { text: '<<asset.name>>' } },
      },
    });
    await openAndInstall(copier.id, 'Old Copier');
    await page.getByRole('switch', { name: 'Enabled' }).waitFor();
    await page.evaluate(() => navigator.clipboard.writeText('left alone'));
    await page.goto(`${session.server.url}/assets/asset-drill-01`);
    const copierView = assetSlot().getByRole('group', { name: 'Plugin: Old Copier' });
    await copierView.getByRole('button', { name: 'Copy the name' }).click();
    await notifications()
      .getByText('“Old Copier” may not copy to your clipboard', { exact: false })
      .waitFor();
    expect(await clipboardText()).toBe('left alone');
  });

  it('keeps a plugin whose startup check fails off, with its message on the row and once as a notice', async () => {
    await openAndInstall('carrier-tracking', 'Carrier Tracking');
    await notifications()
      .getByText('stays off: Add your carrier API key', { exact: false })
      .first()
      .waitFor();

    await page.goto(`${session.server.url}/marketplace/installed`);
    const row = page.getByRole('article', { name: 'Carrier Tracking' });
    await row
      .getByText(
        "Stays off: Add your carrier API key. Open the plugin's settings and paste the key from your carrier account.",
      )
      .waitFor();
    const toggle = row.getByRole('switch', { name: 'Enable Carrier Tracking' });
    expect(await toggle.isChecked()).toBe(false);
    await screenshot(page, 'installed-startup-check');

    // Switching it on is refused by the server with the check's title.
    await toggle.click();
    await notifications().getByText('Add your carrier API key', { exact: false }).last().waitFor();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await page.goto(`${session.server.url}/`);
    await page.getByText('Welcome back, Alice Moreau').waitFor();
    expect(await page.getByText('Carrier tracking is connected.').count()).toBe(0);

    // Once the key is set it may start.
    await page.goto(`${session.server.url}/marketplace/installed`);
    await row.getByRole('button', { name: 'Settings' }).click();
    await row.getByLabel('Carrier API key').fill('ck-123');
    await row.getByRole('button', { name: 'Save settings' }).click();
    await row.getByText('Stays off', { exact: false }).waitFor({ state: 'detached' });
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await page.goto(`${session.server.url}/`);
    await dashboardSlot().getByText('Carrier tracking is connected.').waitFor();
  });
});
