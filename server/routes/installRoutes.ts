/**
 * A user's installs: install (with the dependencies it needs and the consent to what each declares),
 * uninstall and switch off (warning when other plugins need it), switch on (dependencies and startup checks
 * first), update (asking again for new permissions) and settings (validated with the plugin's own schema).
 * Every refusal is decided before anything is written and carries a stable code.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  dependencyRefusal,
  installedMessage,
  invalidSettings,
  pluginRequired,
  startupRefusal,
  validateSettingValues,
} from '../../src/plugin-host/index';
import type { AppServices } from '../appServices';
import { pluginNotFound, refusal } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody } from '../http/readJsonBody';
import { activationVerdict, dependentsOf, manifestOfRow, type InstalledRow } from '../plugins/pluginHosting';
import { installCatalogPlugin } from './installCatalogPlugin';
import { installPluginFile } from './installPluginFile';
import { raisePluginInstalled } from './pluginInstalledEvent';
import type { PluginLookup } from './pluginLookup';
import { updateInstall } from './updateInstall';

const pluginId = z.string().trim().min(1, 'give the plugin id').max(100);
const acceptPermissions = z.array(z.string().max(300)).max(64).optional();

const installBody = z.object({
  id: pluginId.optional(),
  name: z.string().max(100).optional(),
  author: z.string().max(64).optional(),
  version: z.string().max(64).optional(),
  download_url: z.string().max(2048).optional(),
  downloadUrl: z.string().max(2048).optional(),
  isOfficial: z.boolean().optional(),
  /** The permissions the user allowed on the consent screen (of the plugin and what it brings along). */
  acceptPermissions,
  /** Install the missing plugins it needs, dependencies first. */
  installDependencies: z.boolean().optional(),
});
const toggleBody = z.object({
  pluginId,
  isActive: z.boolean({ error: 'isActive must be true or false' }),
  /** Switch off even though switched-on plugins need it (they stop showing until it is on again). */
  force: z.boolean().optional(),
});
const updateInstallBody = z.object({ pluginId, acceptPermissions });
const mcpBody = z.object({ pluginId, enabled: z.boolean({ error: 'enabled must be true or false' }) });
const settingsBody = z.object({
  pluginId,
  values: z.record(z.string().max(64), z.unknown(), {
    error: 'values is an object of setting values by key',
  }),
});

export function installRoutes(services: AppServices, lookup: PluginLookup): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const { plugins } = services;

  routes.post('/install', async (c) => {
    const user = c.get('user');
    const body = await readJsonBody(c, installBody);
    const url = body.download_url ?? body.downloadUrl;
    const catalogRow = body.id ? await lookup.visiblePlugin(body.id, user) : undefined;
    if (!catalogRow) {
      if (!url) throw pluginNotFound(body.id ?? '(no id)');
      return c.json(await installPluginFile(services, lookup, user, { ...body, url }));
    }
    const { order, blocked, added } = await installCatalogPlugin(plugins, user.id, catalogRow, body, (id) =>
      lookup.visiblePlugin(id, user),
    );
    const own = blocked.get(catalogRow.id);
    const eventRuns = await raisePluginInstalled(services.jobs, user, added);
    return c.json({
      success: true,
      message: installedMessage(order.length, own),
      installed: order,
      ...(own ? { startupFailures: own.startupFailures, dependencyProblems: own.dependencyProblems } : {}),
      plugin: await lookup.installedView(user.id, catalogRow.id),
      eventRuns,
    });
  });

  /** Refuses to remove or switch off a plugin that switched-on plugins need, unless the caller insists. */
  function refuseIfNeeded(id: string, name: string, installed: InstalledRow[], force: boolean, what: string) {
    const dependents = dependentsOf(id, installed);
    if (dependents.length === 0 || force) return dependents;
    throw refusal(pluginRequired(name, dependents, what));
  }

  routes.delete('/uninstall/:pluginId', async (c) => {
    const user = c.get('user');
    const id = c.req.param('pluginId');
    const installed = await plugins.listInstalls(user.id);
    const row = installed.find((install) => install.plugin_id === id);
    if (!row) throw pluginNotFound(id, 'Installed plugin');
    const force = ['true', '1', 'yes'].includes((c.req.query('force') ?? '').toLowerCase());
    const dependents = refuseIfNeeded(id, row.name, installed, force, 'removing it');
    if (!(await plugins.uninstall(user.id, id))) throw pluginNotFound(id, 'Installed plugin');
    return c.json({
      success: true,
      message: 'Plugin uninstalled',
      ...(dependents.length > 0 ? { dependents } : {}),
    });
  });

  routes.put('/user/toggle', async (c) => {
    const user = c.get('user');
    const { pluginId: id, isActive, force } = await readJsonBody(c, toggleBody);
    const installed = await plugins.listInstalls(user.id);
    const row = installed.find((install) => install.plugin_id === id);
    if (!row) throw pluginNotFound(id, 'Installed plugin');
    let dependents: { id: string; name: string }[] = [];
    if (isActive) {
      const verdict = activationVerdict(row, installed);
      if (!verdict.ok) {
        if (verdict.dependencyProblems.length > 0)
          throw refusal(dependencyRefusal(verdict.dependencyProblems));
        throw refusal(startupRefusal(row.name, verdict.startupFailures));
      }
    } else if (row.is_active === 1) {
      dependents = refuseIfNeeded(id, row.name, installed, force === true, 'switching it off');
    }
    if (!(await plugins.setActive(user.id, id, isActive))) throw pluginNotFound(id, 'Installed plugin');
    return c.json({ success: true, isActive, ...(dependents.length > 0 ? { dependents } : {}) });
  });

  // Not in the Invenicum docs: moves an install to the catalog's latest version (hasUpdate -> false).
  routes.post('/user/update', async (c) => {
    const body = await readJsonBody(c, updateInstallBody);
    return c.json(await updateInstall(plugins, lookup, c.get('user'), body));
  });

  // Not in the Invenicum docs: whether the user's AI assistants see the plugin's MCP tools and resources.
  routes.put('/user/mcp', async (c) => {
    const user = c.get('user');
    const { pluginId: id, enabled } = await readJsonBody(c, mcpBody);
    if (!(await plugins.setMcpEnabled(user.id, id, enabled))) throw pluginNotFound(id, 'Installed plugin');
    return c.json({ success: true, mcpEnabled: enabled, plugin: await lookup.installedView(user.id, id) });
  });

  // Not in the Invenicum docs: the user's values of the plugin's declared settings.
  routes.put('/user/settings', async (c) => {
    const user = c.get('user');
    const { pluginId: id, values } = await readJsonBody(c, settingsBody);
    const install = await plugins.getInstall(user.id, id);
    if (!install) throw pluginNotFound(id, 'Installed plugin');
    const manifest = manifestOfRow(install);
    const validation = validateSettingValues(manifest.settings, values);
    if (!validation.ok) throw refusal(invalidSettings(install.name, validation.errors));
    if (!(await plugins.setSettings(user.id, id, JSON.stringify(validation.values))))
      throw pluginNotFound(id, 'Installed plugin');
    return c.json({
      success: true,
      settingValues: validation.values,
      plugin: await lookup.installedView(user.id, id),
    });
  });

  return routes;
}
