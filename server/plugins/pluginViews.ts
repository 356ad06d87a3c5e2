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
  ui: unknown;
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
  ui: unknown;
  isActive: boolean;
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

export function toCommunityView(
  row: PluginRow,
  userId: number,
  installed: { version: string } | undefined,
): CommunityPluginView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    author: row.author,
    authorAvatar: row.author_avatar,
    version: row.version,
    latestVersion: row.version,
    slot: row.slot,
    ui: parseUi(row.ui_json),
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

export function toInstalledView(joined: InstallWithCatalogRow, userId: number): InstalledPluginView {
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
      };
  const latestVersion = row.catalog_version ?? row.version;
  return {
    id: row.plugin_id,
    name: row.name,
    description: row.description,
    author: row.author,
    authorAvatar: row.author_avatar,
    version: row.version,
    latestVersion,
    hasUpdate: isNewerVersion(latestVersion, row.version),
    slot: row.slot,
    ui: parseUi(row.ui_json),
    isActive: row.is_active === 1,
    isMine: row.catalog_author_user_id === userId,
    isOfficial: row.catalog_is_official === 1,
    isPublic: row.catalog_is_public === 1,
    downloadCount: row.catalog_download_count ?? 0,
    inCatalog: row.catalog_version !== null,
    installedAt: row.installed_at,
    updatedAt: row.updated_at,
  };
}
