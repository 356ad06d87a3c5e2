import { HttpResponse, type HttpHandler } from 'msw';
import { readPluginManifest } from '../../../src/stac-schema';
import { addedPermissions, validateSettingValues } from '../../../src/plugin-host';
import { installKey, permissionsOf } from '../createMockDatabase';
import { permissionList } from '../mockHosting';
import { MockApiError, pluginNotFound } from '../mockApiError';
import type { MockRouteKit } from '../mockRouter';
import { installedView, isNewer, isRecord } from '../pluginViews';
import { nonEmptyString, optional, readBody, stringList } from '../requestBody';

/** A user's installed plugins: list, uninstall, switch on or off, settings, update to the latest version. */
export function userPluginRoutes({ db, route, installOf }: MockRouteKit): HttpHandler[] {
  return [
    route('get', '/plugins/installed', ({ user }) => {
      const list = [...db.installs.values()]
        .filter((install) => install.userId === user.id)
        .sort((a, b) => a.installedAt.localeCompare(b.installedAt) || a.pluginId.localeCompare(b.pluginId));
      return HttpResponse.json(list.map((install) => installedView(db, install)));
    }),

    route('delete', '/plugins/uninstall/:pluginId', ({ params, user }) => {
      if (!db.installs.delete(installKey(user.id, params.pluginId)))
        throw pluginNotFound(params.pluginId, 'Installed plugin');
      return HttpResponse.json({ success: true, message: 'Plugin uninstalled' });
    }),

    route('put', '/plugins/user/toggle', async ({ request, user }) => {
      const body = await readBody(request, {
        pluginId: nonEmptyString(100, 'give the plugin id'),
        isActive: (value) => (typeof value === 'boolean' ? null : 'isActive must be true or false'),
      });
      const install = installOf(user, String(body.pluginId));
      if (!install) throw pluginNotFound(String(body.pluginId), 'Installed plugin');
      install.isActive = body.isActive as boolean;
      install.updatedAt = new Date().toISOString();
      return HttpResponse.json({ success: true, isActive: install.isActive });
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
      if (!checked.ok) {
        throw new MockApiError(
          422,
          'INVALID_SETTINGS',
          `Some settings of “${install.name}” are not valid: ${checked.errors.map((e) => e.message).join(' ')}`,
          {
            errors: checked.errors,
            fieldErrors: Object.fromEntries(checked.errors.map((e) => [e.key, e.message])),
          },
        );
      }
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
      const added = addedPermissions(allowed, next).filter((permission) => !accepted.includes(permission));
      if (added.length > 0) {
        throw new MockApiError(
          409,
          'CONSENT_REQUIRED',
          `Version ${plugin.version} of “${plugin.name}” asks for more than you allowed: ${added.join(', ')}. It stays at ${install.version} until you allow ${added.length === 1 ? 'it' : 'them'} ("acceptPermissions").`,
          {
            consent: [
              {
                pluginId: id,
                name: plugin.name,
                version: plugin.version,
                permissions: permissionList(added),
              },
            ],
            added: permissionList(added),
          },
        );
      }
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
      return HttpResponse.json({
        success: true,
        updated: true,
        version: plugin.version,
        message: `"${plugin.name}" updated from ${from} to ${plugin.version}.`,
        plugin: installedView(db, install),
      });
    }),
  ];
}
