import type { Selectable } from 'kysely';
import type { InstallsTable, PluginsTable } from '../database';

/** The records the plugin store reads and writes: catalog plugins, their versions, the users' installs. */
export type PluginSource = PluginsTable['source'];

export type PluginRow = Selectable<PluginsTable>;

export type InstallRow = Selectable<InstallsTable>;

/** An install joined with what the catalog holds now (null columns when the plugin left the catalog). */
export interface InstallWithCatalogRow extends InstallRow {
  catalog_version: string | null;
  catalog_author_user_id: number | null;
  catalog_is_official: number | null;
  catalog_is_public: number | null;
  catalog_download_count: number | null;
  catalog_manifest_json: string | null;
}

/** An install as the installed list reads it: with its consent and the revisions that key the list's cache. */
export interface InstalledListRow extends InstallWithCatalogRow {
  catalog_revision: string | null;
  /** The permissions the user allowed the installed version (JSON), or null when never asked. */
  consent_permissions_json: string | null;
  consent_revision: string | null;
}

export interface NewPlugin {
  id: string;
  name: string;
  description: string;
  author: string;
  authorUserId: number | null;
  authorAvatar: string | null;
  slot: string;
  version: string;
  uiJson: string;
  /** The stored manifest fields as JSON (`{}` for a plugin that declares none). */
  manifestJson?: string;
  isPublic: boolean;
  isOfficial: boolean;
  source: PluginSource;
  downloadUrl: string | null;
  downloadCount?: number;
}

export interface PluginChanges {
  name: string;
  description: string;
  slot: string;
  version: string;
  uiJson: string;
  manifestJson: string;
  isPublic: boolean;
  authorAvatar: string | null;
}

export type InstallOutcome = 'installed' | 'already_installed';

/** One plugin of an install plan: the catalog row, whether it starts switched on, what the user allowed. */
export interface PlannedInstall {
  plugin: PluginRow;
  isActive: boolean;
  /** The permissions the user consented to for this version; undefined when it declares none. */
  consent?: readonly string[];
}

/** A published version's documents. */
export interface VersionContent {
  uiJson: string;
  manifestJson: string;
}

export interface InstallSnapshot {
  pluginId: string;
  name: string;
  description: string;
  author: string;
  authorAvatar: string | null;
  slot: string;
  version: string;
  uiJson: string;
  manifestJson: string;
  isActive: boolean;
  consent?: readonly string[];
}
