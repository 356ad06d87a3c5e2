import { HttpResponse, type HttpHandler } from 'msw';
import { readPluginManifest } from '../../../src/stac-schema';
import {
  addedPermissions,
  dependencyRefusal,
  invalidSettings,
  planPluginInstall,
  pluginRequired,
  startupRefusal,
  unconsented,
  updateConsentRefusal,
  validateSettingValues,
} from '../../../src/plugin-host';
import { installKey, permissionsOf, type MockInstall, type MockUser } from '../createMockDatabase';
import { activationVerdict, catalogNode, dependentsOf, installedNodes } from '../mockHosting';
import { MockApiError, pluginNotFound, refusal } from '../mockApiError';
import type { MockRouteKit } from '../mockRouter';
import { installedView, isNewer, isRecord } from '../pluginViews';
import { boolean, nonEmptyString, optional, readBody, stringList } from '../requestBody';

/** As the server: removing or switching off a plugin that switched-on plugins need waits for `force`. */
function refuseIfNeeded(
  install: MockInstall,
  installs: readonly MockInstall[],
  force: boolean,
  what: string,
) {
  const dependents = dependentsOf(install.pluginId, installs);
  if (dependents.length === 0 || force) return dependents;
  throw refusal(pluginRequired(install.name, dependents, what));
}

/**
 * A user's installed plugins: list, uninstall, switch on or off, MCP exposure, settings, update to the latest
 * version; refused as the server refuses (src/plugin-host's hosting rules and refusals).
 */
export function userPluginRoutes({ db, route, installOf }: MockRouteKit): HttpHandler[] {
  const installsOf = (user: MockUser) =>
    [...db.installs.values()].filter((install) => install.userId === user.id);
  return [
    route('get', '/plugins/installed', ({ user }) => {
      const list = [...db.installs.values()]
        .filter((install) => install.userId === user.id)
        .sort((a, b) => a.installedAt.localeCompare(b.installedAt) || a.pluginId.localeCompare(b.pluginId));
      return HttpResponse.json(list.map((install) => installedView(db, install)));
    }),

    route('delete', '/plugins/uninstall/:pluginId', ({ params, url, user }) => {
      const install = installOf(user, params.pluginId);
      if (!install) throw pluginNotFound(params.pluginId, 'Installed plugin');
      const force = ['true', '1', 'yes'].includes((url.searchParams.get('force') ?? '').toLowerCase());
      const dependents = refuseIfNeeded(install, installsOf(user), force, 'removing it');
      db.installs.delete(installKey(user.id, params.pluginId));
      return HttpResponse.json({
        success: true,
        message: 'Plugin uninstalled',
        ...(dependents.length > 0 ? { dependents } : {}),
      });
    }),

    route('put', '/plugins/user/toggle', async ({ request, user }) => {
      const body = await readBody(request, {
        pluginId: nonEmptyString(100, 'give the plugin id'),
        isActive: (value) => (typeof value === 'boolean' ? null : 'isActive must be true or false'),
        force: optional(boolean),
      });
      const install = installOf(user, String(body.pluginId));
      if (!install) throw pluginNotFound(String(body.pluginId), 'Installed plugin');
      const isActive = body.isActive as boolean;
      let dependents: { id: string; name: string }[] = [];
      if (isActive) {
        const verdict = activationVerdict(install, installsOf(user));
        if (!verdict.ok) {
          if (verdict.dependencyProblems.length > 0)
            throw refusal(dependencyRefusal(verdict.dependencyProblems));
          throw refusal(startupRefusal(install.name, verdict.startupFailures));
        }
      } else if (install.isActive) {
        dependents = refuseIfNeeded(install, installsOf(user), body.force === true, 'switching it off');
      }
      install.isActive = isActive;
      install.updatedAt = new Date().toISOString();
      return HttpResponse.json({ success: true, isActive, ...(dependents.length > 0 ? { dependents } : {}) });
    }),

    // The reference server's MCP exposure switch: hides the plugin from the user's AI assistants, keeps it.
    route('put', '/plugins/user/mcp', async ({ request, user }) => {
      const body = await readBody(request, {
        pluginId: nonEmptyString(100, 'give the plugin id'),
        enabled: (value) => (typeof value === 'boolean' ? null : 'enabled must be true or false'),
      });
      const install = installOf(user, String(body.pluginId));
      if (!install) throw pluginNotFound(String(body.pluginId), 'Installed plugin');
      install.mcpEnabled = body.enabled as boolean;
      install.updatedAt = new Date().toISOString();
      return HttpResponse.json({
        success: true,
        mcpEnabled: install.mcpEnabled,
        plugin: installedView(db, install),
      });
    }),

    // The reference server's settings route, with the same validation (plugin-host's validateSettingValues).
    route('put', '/plugins/user/settings', async ({ request, user }) => {
      const body = await readBody(request, {
        pluginId: nonEmptyString(100, 'give the plugin id'),
        values: (value) => (isRecord(value) ? null : 'values is an object of setting values by key'),
      });
      const install = installOf(user, String(body.pluginId));
      if (!install) throw pluginNotFound(String(body.pluginId), 'Installed plugin');
      const { manifest } = readPluginManifest({ ...install.manifest, ui: install.ui });
      const checked = validateSettingValues(manifest.settings, body.values);
      if (!checked.ok) throw refusal(invalidSettings(install.name, checked.errors));
      install.settingValues = checked.values;
      return HttpResponse.json({
        success: true,
        settingValues: checked.values,
        plugin: installedView(db, install),
      });
    }),

    route('post', '/plugins/user/update', async ({ request, user }) => {
      const body = await readBody(request, {
        pluginId: nonEmptyString(100, 'give the plugin id'),
        acceptPermissions: optional(stringList(64, 300)),
      });
      const id = String(body.pluginId);
      const install = installOf(user, id);
      if (!install) throw pluginNotFound(id, 'Installed plugin');
      const plugin = db.plugins.get(id);
      if (!plugin) {
        throw new MockApiError(
          404,
          'PLUGIN_NOT_FOUND',
          `"${install.name}" is no longer in the catalog; there is nothing to update to.`,
          {
            pluginId: id,
          },
        );
      }
      if (!isNewer(plugin.version, install.version)) {
        return HttpResponse.json({
          success: true,
          updated: false,
          version: install.version,
          message: `"${plugin.name}" is already at the latest version (${install.version}).`,
          plugin: installedView(db, install),
        });
      }
      // As the server: a version that asks for more than the user allowed waits for their consent.
      const allowed = install.consent ?? permissionsOf(install.manifest);
      const next = permissionsOf(plugin.manifests.get(plugin.version));
      const accepted = (body.acceptPermissions as string[] | undefined) ?? [];
      const added = unconsented(addedPermissions(allowed, next), accepted);
      if (added.length > 0)
        throw refusal(
          updateConsentRefusal(
            { pluginId: id, name: plugin.name, version: plugin.version },
            install.version,
            added,
          ),
        );
      const others = installsOf(user).filter((other) => other.pluginId !== id);
      const plan = planPluginInstall(catalogNode(plugin), installedNodes(others), () => undefined);
      if (!plan.ok) throw refusal(dependencyRefusal(plan.problems));
      const from = install.version;
      Object.assign(install, {
        name: plugin.name,
        description: plugin.description,
        author: plugin.author,
        authorAvatar: plugin.authorAvatar,
        slot: plugin.slot,
        version: plugin.version,
        ui: structuredClone(plugin.ui),
        manifest: structuredClone(plugin.manifests.get(plugin.version) ?? {}),
        consent: next,
        updatedAt: new Date().toISOString(),
      });
      // A new version may need a setting or a host feature the old one did not: it then waits, switched off.
      const verdict = install.isActive
        ? activationVerdict(install, [...others, install])
        : { ok: true as const };
      const blocked = verdict.ok ? [] : verdict.startupFailures;
      if (!verdict.ok) install.isActive = false;
      return HttpResponse.json({
        success: true,
        updated: true,
        version: plugin.version,
        message: `"${plugin.name}" updated from ${from} to ${plugin.version}.${blocked[0] ? ` It is switched off until: ${blocked[0].title}` : ''}`,
        ...(blocked.length > 0 ? { startupFailures: blocked } : {}),
        plugin: installedView(db, install),
      });
    }),
  ];
}
