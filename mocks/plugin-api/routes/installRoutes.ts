import { HttpResponse, type HttpHandler } from 'msw';
import { pickManifestFields } from '../../../src/stac-schema';
import { describePermission } from '../../../src/plugin-host';
import { installKey, type MockInstall, type MockPlugin } from '../createMockDatabase';
import { alreadyInstalled, invalidStac, MockApiError, pluginNotFound } from '../mockApiError';
import type { MockRouteKit } from '../mockRouter';
import { fetchRemote, readPluginFile, slugify, validateUi } from '../pluginFiles';
import { declaredPermissions, installedView } from '../pluginViews';
import { boolean, nonEmptyString, optional, readBody, stringList } from '../requestBody';

/** As the server: nothing is installed until the user has allowed every permission the plugin declares. */
function consentRequired(plugin: MockPlugin, permissions: string[]): MockApiError {
  return new MockApiError(
    409,
    'CONSENT_REQUIRED',
    `“${plugin.name}” asks for permissions you have not allowed yet: ${permissions.join(', ')}. Show them to the user and send the allowed ones as "acceptPermissions".`,
    {
      consent: [
        {
          pluginId: plugin.id,
          name: plugin.name,
          version: plugin.version,
          permissions: permissions.map((permission) => describePermission(permission)),
        },
      ],
    },
  );
}

/** Install: a catalog plugin (after consent to its permissions) or a plugin file from an https URL. */
export function installRoutes({ db, route, visible, installOf }: MockRouteKit): HttpHandler[] {
  return [
    route('post', '/plugins/install', async ({ request, user }) => {
      const body = await readBody(request, {
        id: optional(nonEmptyString(100, 'give the plugin id')),
        download_url: optional(nonEmptyString(2048, 'give the plugin file URL')),
        downloadUrl: optional(nonEmptyString(2048, 'give the plugin file URL')),
        isOfficial: optional(boolean),
        acceptPermissions: optional(stringList(64, 300)),
      });
      const id = typeof body.id === 'string' ? body.id.trim() : undefined;
      const url = (body.download_url ?? body.downloadUrl) as string | undefined;
      const catalog = id ? db.plugins.get(id) : undefined;
      if (catalog && visible(catalog, user)) {
        if (installOf(user, catalog.id)) throw alreadyInstalled(catalog.name, catalog.id);
        const accepted = (body.acceptPermissions as string[] | undefined) ?? [];
        const unaccepted = declaredPermissions(catalog).filter(
          (permission) => !accepted.includes(permission),
        );
        if (unaccepted.length > 0) throw consentRequired(catalog, unaccepted);
        const install = db.install(user.id, catalog.id);
        return HttpResponse.json({
          success: true,
          message: 'Plugin installed successfully',
          plugin: installedView(db, install),
        });
      }
      if (!url) throw pluginNotFound(id ?? '(no id)');
      if (id && installOf(user, id)) throw alreadyInstalled(id, id);
      const fetched = fetchRemote(db, url);
      const { plugin, issues } = readPluginFile(
        fetched,
        typeof body.name === 'string' ? body.name : 'Plugin',
      );
      if (!plugin) throw invalidStac(issues, 'The downloaded file');
      const validation = validateUi(plugin.ui);
      if (!validation.ok) throw invalidStac(validation.issues, 'The downloaded plugin UI');
      const pluginId = id ?? plugin.id ?? slugify(plugin.name);
      if (catalog || db.plugins.has(pluginId)) {
        throw new MockApiError(
          409,
          'VERSION_CONFLICT',
          `The id "${pluginId}" belongs to another plugin; install it under a different id.`,
          {
            pluginId,
          },
        );
      }
      if (installOf(user, pluginId)) throw alreadyInstalled(plugin.name, pluginId);
      const at = new Date().toISOString();
      const install: MockInstall = {
        userId: user.id,
        pluginId,
        name: plugin.name,
        description: plugin.description,
        author: plugin.author ?? (typeof body.author === 'string' ? body.author : 'unknown'),
        authorAvatar: plugin.authorAvatar,
        slot: plugin.slot,
        version: plugin.version,
        ui: plugin.ui,
        manifest: pickManifestFields(fetched),
        settingValues: {},
        isActive: true,
        installedAt: at,
        updatedAt: at,
      };
      db.installs.set(installKey(user.id, pluginId), install);
      return HttpResponse.json({
        success: true,
        message: 'Plugin installed successfully',
        plugin: installedView(db, install),
      });
    }),
  ];
}
