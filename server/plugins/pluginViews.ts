import { addedPermissions } from '../../src/plugin-host/index';
import type { StoredManifest } from '../../src/stac-schema/index';
import type { InstallWithCatalogRow, PluginRow } from '../store/pluginStore';
import { isNewerVersion } from './version';

/** A catalog plugin as `GET /plugins/community` and `GET /plugins/:id` show it. */
export interface CommunityPluginView {
  id: string;
  name: string;
  description: string;
  author: string;
  authorAvatar: string | null;
  version: string;
  latestVersion: string;
  slot: string;
  /** The document of a one-surface plugin; a composite plugin has `surfaces` instead. */
  ui?: unknown;
  downloadCount: number;
  isOfficial: boolean;
  isPublic: boolean;
  isMine: boolean;
  isInstalled: boolean;
  /** The version this user has installed, or null. */
  installedVersion: string | null;
  /** True when this user has an older version installed. */
  hasUpdate: boolean;
  /** Where the plugin file can be fetched (this server's /plugins/ catalog for seeded plugins). */
  downloadUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An install as `GET /plugins/installed` shows it: the installed version and its own `ui` snapshot. */
export interface InstalledPluginView {
  id: string;
  name: string;
  description: string;
  author: string;
  authorAvatar: string | null;
  version: string;
  latestVersion: string;
  hasUpdate: boolean;
  slot: string;
  ui?: unknown;
  isActive: boolean;
  /** The user offers the plugin's MCP tools and resources to their AI assistants (see docs/mcp.md). */
  mcpEnabled: boolean;
  /** The user's values of the declared settings (validated when stored). */
  settingValues: Record<string, unknown>;
  /** What the user allowed the installed version, or null when it was never asked (no permissions). */
  consentedPermissions: string[] | null;
  /** Permissions the latest version declares beyond that consent: updating asks for them first. */
  updatePermissions: string[];
  isMine: boolean;
  isOfficial: boolean;
  isPublic: boolean;
  downloadCount: number;
  /** False when the author removed the plugin from the catalog; the install keeps working. */
  inCatalog: boolean;
  installedAt: string;
  updatedAt: string;
}

function parseUi(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function parseObject(json: string | null): Record<string, unknown> {
  const value = json === null ? null : parseUi(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The stored manifest fields of a row, parsed; `{}` when there are none (or the column is unreadable). */
export function storedManifest(json: string | null): StoredManifest {
  return parseObject(json);
}

/** `ui` for a one-surface plugin, nothing for a composite one (its documents are in `surfaces`). */
function documentFields(uiJson: string, manifest: StoredManifest): { ui?: unknown } {
  return manifest.surfaces === undefined ? { ui: parseUi(uiJson) } : {};
}

function declaredPermissions(manifest: StoredManifest): string[] | undefined {
  return Array.isArray(manifest.permissions)
    ? manifest.permissions.filter((item): item is string => typeof item === 'string')
    : undefined;
}

export function toCommunityView(
  row: PluginRow,
  userId: number,
  installed: { version: string } | undefined,
): CommunityPluginView {
  const manifest = storedManifest(row.manifest_json);
  return {
    ...manifest,
    id: row.id,
    name: row.name,
    description: row.description,
    author: row.author,
    authorAvatar: row.author_avatar,
    version: row.version,
    latestVersion: row.version,
    slot: row.slot,
    ...documentFields(row.ui_json, manifest),
    downloadCount: row.download_count,
    isOfficial: row.is_official === 1,
    isPublic: row.is_public === 1,
    isMine: row.author_user_id === userId,
    isInstalled: installed !== undefined,
    installedVersion: installed?.version ?? null,
    hasUpdate: installed !== undefined && isNewerVersion(row.version, installed.version),
    downloadUrl: row.download_url,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A user sees public plugins and their own unpublished ones; everything else is as if it did not exist. */
export function isVisibleTo(row: Pick<PluginRow, 'is_public' | 'author_user_id'>, userId: number): boolean {
  return row.is_public === 1 || row.author_user_id === userId;
}

export function toInstalledView(
  joined: InstallWithCatalogRow,
  userId: number,
  consent?: string[],
): InstalledPluginView {
  // A catalog row this user may not see (another user's private plugin under the same id) says nothing.
  const catalogVisible =
    joined.catalog_version !== null &&
    isVisibleTo(
      { is_public: joined.catalog_is_public ?? 0, author_user_id: joined.catalog_author_user_id },
      userId,
    );
  const row: InstallWithCatalogRow = catalogVisible
    ? joined
    : {
        ...joined,
        catalog_version: null,
        catalog_author_user_id: null,
        catalog_is_official: null,
        catalog_is_public: null,
        catalog_download_count: null,
        catalog_manifest_json: null,
      };
  const latestVersion = row.catalog_version ?? row.version;
  const manifest = storedManifest(row.manifest_json);
  const hasUpdate = isNewerVersion(latestVersion, row.version);
  const latestPermissions = hasUpdate
    ? declaredPermissions(storedManifest(row.catalog_manifest_json))
    : undefined;
  return {
    ...manifest,
    id: row.plugin_id,
    name: row.name,
    description: row.description,
    author: row.author,
    authorAvatar: row.author_avatar,
    version: row.version,
    latestVersion,
    hasUpdate,
    slot: row.slot,
    ...documentFields(row.ui_json, manifest),
    isActive: row.is_active === 1,
    mcpEnabled: row.mcp_enabled === 1,
    settingValues: parseObject(row.settings_json),
    consentedPermissions: consent ?? null,
    updatePermissions: addedPermissions(consent ?? declaredPermissions(manifest), latestPermissions),
    isMine: row.catalog_author_user_id === userId,
    isOfficial: row.catalog_is_official === 1,
    isPublic: row.catalog_is_public === 1,
    downloadCount: row.catalog_download_count ?? 0,
    inCatalog: row.catalog_version !== null,
    installedAt: row.installed_at,
    updatedAt: row.updated_at,
  };
}
