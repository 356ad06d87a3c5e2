import semver from 'semver';
import { addedPermissions } from '../../src/plugin-host';
import { permissionsOf, type MockDatabase, type MockInstall, type MockPlugin } from './createMockDatabase';

/** The views the Plugin API answers with (see server/plugins), built from the mock database's records. */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isVersion = (value: unknown): value is string =>
  typeof value === 'string' && semver.valid(value) === value;
export const isNewer = (candidate: string, current: string) =>
  isVersion(candidate) && isVersion(current) && semver.gt(candidate, current);

/** `ui` for a one-surface plugin; a composite plugin's documents are its `surfaces` (as the server answers). */
function documentOf(ui: unknown, manifest: Record<string, unknown>) {
  return manifest.surfaces === undefined ? { ui: structuredClone(ui) } : {};
}

export function communityView(plugin: MockPlugin, userId: number, install: MockInstall | undefined) {
  // As the server: the manifest fields first, so they can never override the listing's own fields.
  return {
    ...structuredClone(plugin.manifests.get(plugin.version) ?? {}),
    id: plugin.id,
    name: plugin.name,
    description: plugin.description,
    author: plugin.author,
    authorAvatar: plugin.authorAvatar,
    version: plugin.version,
    latestVersion: plugin.version,
    slot: plugin.slot,
    ...documentOf(plugin.ui, plugin.manifests.get(plugin.version) ?? {}),
    downloadCount: plugin.downloadCount,
    isOfficial: plugin.isOfficial,
    isPublic: plugin.isPublic,
    isMine: plugin.authorUserId === userId,
    isInstalled: install !== undefined,
    installedVersion: install?.version ?? null,
    hasUpdate: install !== undefined && isNewer(plugin.version, install.version),
    downloadUrl: plugin.downloadUrl,
    createdAt: plugin.createdAt,
    updatedAt: plugin.updatedAt,
  };
}

/** The permissions the plugin's current version declares (none for a plugin without a manifest). */
export function declaredPermissions(plugin: MockPlugin): string[] {
  const permissions = plugin.manifests.get(plugin.version)?.permissions;
  return Array.isArray(permissions) ? permissions.filter((p): p is string => typeof p === 'string') : [];
}

export function installedView(db: MockDatabase, install: MockInstall) {
  const plugin = db.plugins.get(install.pluginId);
  const latestVersion = plugin?.version ?? install.version;
  return {
    ...structuredClone(install.manifest),
    id: install.pluginId,
    name: install.name,
    description: install.description,
    author: install.author,
    authorAvatar: install.authorAvatar,
    version: install.version,
    latestVersion,
    hasUpdate: isNewer(latestVersion, install.version),
    slot: install.slot,
    ...documentOf(install.ui, install.manifest),
    isActive: install.isActive,
    mcpEnabled: install.mcpEnabled !== false,
    settingValues: structuredClone(install.settingValues),
    consentedPermissions: install.consent ?? null,
    // As the server: what the latest version asks beyond the consent (or the installed version's access).
    updatePermissions:
      plugin && isNewer(latestVersion, install.version)
        ? addedPermissions(
            install.consent ?? permissionsOf(install.manifest),
            permissionsOf(plugin.manifests.get(plugin.version)),
          )
        : [],
    isMine: plugin?.authorUserId === install.userId,
    isOfficial: plugin?.isOfficial ?? false,
    isPublic: plugin?.isPublic ?? false,
    downloadCount: plugin?.downloadCount ?? 0,
    inCatalog: plugin !== undefined,
    installedAt: install.installedAt,
    updatedAt: install.updatedAt,
  };
}
