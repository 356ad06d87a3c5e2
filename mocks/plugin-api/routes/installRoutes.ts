import { HttpResponse, type HttpHandler } from 'msw';
import { pickManifestFields } from '../../../src/stac-schema';
import {
  consentRefusal,
  dependenciesRequired,
  dependencyRefusal,
  installedMessage,
  permissionList,
  planPluginInstall,
  unconsented,
  type ActivationVerdict,
} from '../../../src/plugin-host';
import {
  installKey,
  permissionsOf,
  type MockInstall,
  type MockPlugin,
  type MockUser,
} from '../createMockDatabase';
import { alreadyInstalled, invalidStac, MockApiError, pluginNotFound, refusal } from '../mockApiError';
import { activationVerdict, catalogManifest, catalogNode, installedNodes, installNode } from '../mockHosting';
import type { MockRouteKit } from '../mockRouter';
import { fetchRemote, readPluginFile, slugify, validateUi } from '../pluginFiles';
import { declaredPermissions, installedView } from '../pluginViews';
import { boolean, nonEmptyString, optional, readBody, stringList } from '../requestBody';

/**
 * Installs a catalog plugin as the server does: what it needs is planned first (cycles, unmet ranges and
 * plugins nobody has refused before anything is written), missing dependencies are offered
 * (DEPENDENCIES_REQUIRED until `installDependencies`), every planned plugin's permissions need consent,
 * then all are installed in order, each switched on only if its dependencies and startup checks hold.
 */
function installFromCatalog(
  { db, visible }: MockRouteKit,
  user: MockUser,
  target: MockPlugin,
  body: { acceptPermissions?: string[]; installDependencies?: boolean },
) {
  const installs = [...db.installs.values()].filter((install) => install.userId === user.id);
  const available = (id: string) => {
    const plugin = db.plugins.get(id);
    return plugin && visible(plugin, user) ? plugin : undefined;
  };
  const plan = planPluginInstall(catalogNode(target), installedNodes(installs), (id) => {
    const plugin = available(id);
    return plugin && catalogNode(plugin);
  });
  if (!plan.ok) throw refusal(dependencyRefusal(plan.problems));
  const ordered = plan.order.map((node) => available(node.id) ?? target);
  if (plan.missing.length > 0 && body.installDependencies !== true) {
    const missing = plan.missing.map((node) => {
      const plugin = available(node.id)!;
      return {
        id: plugin.id,
        name: plugin.name,
        version: plugin.version,
        permissions: permissionList(catalogManifest(plugin).permissions ?? []),
      };
    });
    throw refusal(
      dependenciesRequired(
        target.name,
        missing,
        plan.order.map((node) => node.id),
      ),
    );
  }
  const accepted = body.acceptPermissions ?? [];
  const needed = ordered
    .map((plugin) => ({
      pluginId: plugin.id,
      name: plugin.name,
      version: plugin.version,
      permissions: permissionList(unconsented(declaredPermissions(plugin), accepted)),
    }))
    .filter((entry) => entry.permissions.length > 0);
  if (needed.length > 0) throw refusal(consentRefusal(needed, `“${target.name}”`));
  const blocked = new Map<string, ActivationVerdict>();
  const current = [...installs];
  for (const plugin of ordered) {
    const install = db.install(user.id, plugin.id);
    const verdict = activationVerdict(install, [...current, install]);
    if (!verdict.ok) {
      install.isActive = false;
      blocked.set(plugin.id, verdict);
    }
    current.push(install);
  }
  return { order: ordered.map((plugin) => plugin.id), blocked };
}

/** The install record of a plugin file (not stored yet). */
function fileInstall(
  user: MockUser,
  pluginId: string,
  plugin: NonNullable<ReturnType<typeof readPluginFile>['plugin']>,
  fetched: unknown,
  body: Record<string, unknown>,
): MockInstall {
  const at = new Date().toISOString();
  return {
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
}

/** Install: a catalog plugin (after consent to its permissions) or a plugin file from an https URL. */
export function installRoutes(kit: MockRouteKit): HttpHandler[] {
  const { db, route, visible, installOf } = kit;
  return [
    route('post', '/plugins/install', async ({ request, user }) => {
      const body = await readBody(request, {
        id: optional(nonEmptyString(100, 'give the plugin id')),
        download_url: optional(nonEmptyString(2048, 'give the plugin file URL')),
        downloadUrl: optional(nonEmptyString(2048, 'give the plugin file URL')),
        isOfficial: optional(boolean),
        acceptPermissions: optional(stringList(64, 300)),
        installDependencies: optional(boolean),
      });
      const id = typeof body.id === 'string' ? body.id.trim() : undefined;
      const url = (body.download_url ?? body.downloadUrl) as string | undefined;
      const catalog = id ? db.plugins.get(id) : undefined;
      if (catalog && visible(catalog, user)) {
        if (installOf(user, catalog.id)) throw alreadyInstalled(catalog.name, catalog.id);
        const { order, blocked } = installFromCatalog(kit, user, catalog, {
          acceptPermissions: body.acceptPermissions as string[] | undefined,
          installDependencies: body.installDependencies === true,
        });
        const own = blocked.get(catalog.id);
        const refused = own && !own.ok ? own : undefined;
        return HttpResponse.json({
          success: true,
          message: installedMessage(order.length, refused),
          installed: order,
          ...(refused
            ? { startupFailures: refused.startupFailures, dependencyProblems: refused.dependencyProblems }
            : {}),
          plugin: installedView(db, installOf(user, catalog.id)!),
          // The mock runs no plugin jobs, so plugin.installed reaches no subscriber.
          eventRuns: [],
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
      const install = fileInstall(user, pluginId, plugin, fetched, body);
      // As the server: what the file needs must be installed already, and what it asks for allowed.
      const installs = [...db.installs.values()].filter((entry) => entry.userId === user.id);
      const plan = planPluginInstall(installNode(install), installedNodes(installs), () => undefined);
      if (!plan.ok) throw refusal(dependencyRefusal(plan.problems));
      const consent = permissionsOf(install.manifest);
      const declared = consent ?? [];
      const missing = unconsented(declared, (body.acceptPermissions as string[] | undefined) ?? []);
      if (missing.length > 0) {
        const group = { pluginId, name: plugin.name, version: plugin.version };
        throw refusal(
          consentRefusal([{ ...group, permissions: permissionList(missing) }], `“${plugin.name}”`),
        );
      }
      install.consent = consent;
      const verdict = activationVerdict(install, [...installs, install]);
      install.isActive = verdict.ok;
      db.installs.set(installKey(user.id, pluginId), install);
      const blocked = verdict.ok ? undefined : verdict;
      return HttpResponse.json({
        success: true,
        message: installedMessage(1, blocked),
        installed: [pluginId],
        ...(blocked
          ? { startupFailures: blocked.startupFailures, dependencyProblems: blocked.dependencyProblems }
          : {}),
        plugin: installedView(db, install),
        eventRuns: [],
      });
    }),
  ];
}
