import type { SqliteDatabase } from '../database';

export type PluginSource = 'catalog' | 'user';

export interface PluginRow {
  id: string;
  name: string;
  description: string;
  author: string;
  author_user_id: number | null;
  author_avatar: string | null;
  slot: string;
  version: string;
  ui_json: string;
  is_public: number;
  is_official: number;
  source: PluginSource;
  download_url: string | null;
  download_count: number;
  created_at: string;
  updated_at: string;
}

export interface InstallRow {
  user_id: number;
  plugin_id: string;
  name: string;
  description: string;
  author: string;
  author_avatar: string | null;
  slot: string;
  version: string;
  ui_json: string;
  is_active: number;
  installed_at: string;
  updated_at: string;
}

/** An install joined with what the catalog holds now (null columns when the plugin left the catalog). */
export interface InstallWithCatalogRow extends InstallRow {
  catalog_version: string | null;
  catalog_author_user_id: number | null;
  catalog_is_official: number | null;
  catalog_is_public: number | null;
  catalog_download_count: number | null;
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
  isPublic: boolean;
  authorAvatar: string | null;
}

export type InstallOutcome = 'installed' | 'already_installed';

export interface InstallSnapshot {
  pluginId: string;
  name: string;
  description: string;
  author: string;
  authorAvatar: string | null;
  slot: string;
  version: string;
  uiJson: string;
}

export function createPluginStore(db: SqliteDatabase) {
  const statements = {
    get: db.prepare<[string], PluginRow>('SELECT * FROM plugins WHERE id = ?'),
    // A user sees public plugins and their own unpublished ones.
    listVisible: db.prepare<[number], PluginRow>(
      'SELECT * FROM plugins WHERE is_public = 1 OR author_user_id = ? ORDER BY is_official DESC, download_count DESC, name COLLATE NOCASE',
    ),
    insert: db.prepare(
      `INSERT INTO plugins (id, name, description, author, author_user_id, author_avatar, slot, version, ui_json,
         is_public, is_official, source, download_url, download_count, created_at, updated_at)
       VALUES (@id, @name, @description, @author, @authorUserId, @authorAvatar, @slot, @version, @uiJson,
         @isPublic, @isOfficial, @source, @downloadUrl, @downloadCount, @now, @now)`,
    ),
    insertVersion: db.prepare(
      'INSERT OR IGNORE INTO plugin_versions (plugin_id, version, ui_json, created_at) VALUES (?, ?, ?, ?)',
    ),
    getVersion: db.prepare<[string, string], { ui_json: string }>(
      'SELECT ui_json FROM plugin_versions WHERE plugin_id = ? AND version = ?',
    ),
    update: db.prepare(
      `UPDATE plugins SET name = @name, description = @description, slot = @slot, version = @version, ui_json = @uiJson,
         is_public = @isPublic, author_avatar = @authorAvatar, updated_at = @now WHERE id = @id`,
    ),
    remove: db.prepare('DELETE FROM plugins WHERE id = ?'),
    getInstall: db.prepare<[number, string], InstallRow>(
      'SELECT * FROM installs WHERE user_id = ? AND plugin_id = ?',
    ),
    listInstalls: db.prepare<[number], InstallWithCatalogRow>(
      `SELECT i.*, p.version AS catalog_version, p.author_user_id AS catalog_author_user_id,
              p.is_official AS catalog_is_official, p.is_public AS catalog_is_public,
              p.download_count AS catalog_download_count
         FROM installs i LEFT JOIN plugins p ON p.id = i.plugin_id
        WHERE i.user_id = ? ORDER BY i.installed_at, i.plugin_id`,
    ),
    installedIds: db.prepare<[number], { plugin_id: string; version: string; is_active: number }>(
      'SELECT plugin_id, version, is_active FROM installs WHERE user_id = ?',
    ),
    insertInstall: db.prepare(
      `INSERT INTO installs (user_id, plugin_id, name, description, author, author_avatar, slot, version, ui_json,
         is_active, installed_at, updated_at)
       VALUES (@userId, @pluginId, @name, @description, @author, @authorAvatar, @slot, @version, @uiJson, 1, @now, @now)`,
    ),
    refreshInstall: db.prepare(
      `UPDATE installs SET name = @name, description = @description, author = @author, author_avatar = @authorAvatar,
         slot = @slot, version = @version, ui_json = @uiJson, updated_at = @now
       WHERE user_id = @userId AND plugin_id = @pluginId`,
    ),
    removeInstall: db.prepare('DELETE FROM installs WHERE user_id = ? AND plugin_id = ?'),
    setActive: db.prepare(
      'UPDATE installs SET is_active = ?, updated_at = ? WHERE user_id = ? AND plugin_id = ?',
    ),
    recordDownload: db.prepare(
      'INSERT OR IGNORE INTO plugin_downloads (plugin_id, user_id, created_at) VALUES (?, ?, ?)',
    ),
    countDownload: db.prepare('UPDATE plugins SET download_count = download_count + 1 WHERE id = ?'),
  };

  const snapshotParams = (userId: number, plugin: PluginRow, now: string) => ({
    userId,
    pluginId: plugin.id,
    name: plugin.name,
    description: plugin.description,
    author: plugin.author,
    authorAvatar: plugin.author_avatar,
    slot: plugin.slot,
    version: plugin.version,
    uiJson: plugin.ui_json,
    now,
  });

  return {
    get(id: string): PluginRow | undefined {
      return statements.get.get(id);
    },
    listVisible(userId: number): PluginRow[] {
      return statements.listVisible.all(userId);
    },
    getVersionUi(pluginId: string, version: string): string | undefined {
      return statements.getVersion.get(pluginId, version)?.ui_json;
    },
    create(plugin: NewPlugin): PluginRow {
      return db.transaction(() => {
        const now = new Date().toISOString();
        statements.insert.run({
          ...plugin,
          isPublic: plugin.isPublic ? 1 : 0,
          isOfficial: plugin.isOfficial ? 1 : 0,
          downloadCount: plugin.downloadCount ?? 0,
          now,
        });
        statements.insertVersion.run(plugin.id, plugin.version, plugin.uiJson, now);
        return statements.get.get(plugin.id) as PluginRow;
      })();
    },
    /** Records an older published version (used by the seed to give a plugin a history). */
    addVersion(pluginId: string, version: string, uiJson: string): void {
      db.transaction(() =>
        statements.insertVersion.run(pluginId, version, uiJson, new Date().toISOString()),
      )();
    },
    /**
     * Applies changes only if `expectedVersion` is still the current one, so two concurrent updates cannot
     * both pass the "version must increase" check. Returns undefined when the plugin changed meanwhile.
     */
    update(id: string, expectedVersion: string, changes: PluginChanges): PluginRow | undefined {
      return db.transaction(() => {
        const current = statements.get.get(id);
        if (!current || current.version !== expectedVersion) return undefined;
        const now = new Date().toISOString();
        statements.update.run({ ...changes, isPublic: changes.isPublic ? 1 : 0, id, now });
        statements.insertVersion.run(id, changes.version, changes.uiJson, now);
        return statements.get.get(id);
      })();
    },
    remove(id: string): boolean {
      return db.transaction(() => statements.remove.run(id).changes > 0)();
    },
    getInstall(userId: number, pluginId: string): InstallRow | undefined {
      return statements.getInstall.get(userId, pluginId);
    },
    listInstalls(userId: number): InstallWithCatalogRow[] {
      return statements.listInstalls.all(userId);
    },
    installedByUser(userId: number): Map<string, { version: string; isActive: boolean }> {
      return new Map(
        statements.installedIds
          .all(userId)
          .map((row) => [row.plugin_id, { version: row.version, isActive: row.is_active === 1 }]),
      );
    },
    /**
     * Installs the catalog's current version for the user. The check and the insert share one transaction
     * (and the primary key backs it up), so any number of concurrent requests yield one install; the
     * download counts once per user, ever.
     */
    install(userId: number, plugin: PluginRow): InstallOutcome {
      return db
        .transaction((): InstallOutcome => {
          if (statements.getInstall.get(userId, plugin.id)) return 'already_installed';
          const now = new Date().toISOString();
          statements.insertInstall.run(snapshotParams(userId, plugin, now));
          if (statements.recordDownload.run(plugin.id, userId, now).changes > 0)
            statements.countDownload.run(plugin.id);
          return 'installed';
        })
        .immediate();
    },
    /**
     * Installs a document that is not in the catalog (fetched from a URL): only the user's snapshot is
     * stored, so one user's URL can never change what another user runs.
     */
    installSnapshot(userId: number, snapshot: InstallSnapshot): InstallOutcome {
      return db
        .transaction((): InstallOutcome => {
          if (statements.getInstall.get(userId, snapshot.pluginId)) return 'already_installed';
          statements.insertInstall.run({ ...snapshot, userId, now: new Date().toISOString() });
          return 'installed';
        })
        .immediate();
    },
    /** Replaces the install's snapshot with the catalog's current version; keeps isActive. */
    refreshInstall(userId: number, plugin: PluginRow): boolean {
      return db.transaction(
        () =>
          statements.refreshInstall.run(snapshotParams(userId, plugin, new Date().toISOString())).changes > 0,
      )();
    },
    uninstall(userId: number, pluginId: string): boolean {
      return db.transaction(() => statements.removeInstall.run(userId, pluginId).changes > 0)();
    },
    setActive(userId: number, pluginId: string, isActive: boolean): boolean {
      return db.transaction(
        () =>
          statements.setActive.run(isActive ? 1 : 0, new Date().toISOString(), userId, pluginId).changes > 0,
      )();
    },
    /** Installs a specific older version (seed only: shows an install with an update waiting). */
    installVersion(userId: number, plugin: PluginRow, version: string, uiJson: string): void {
      db.transaction(() => {
        if (statements.getInstall.get(userId, plugin.id)) return;
        const now = new Date().toISOString();
        statements.insertInstall.run({ ...snapshotParams(userId, plugin, now), version, uiJson });
        if (statements.recordDownload.run(plugin.id, userId, now).changes > 0)
          statements.countDownload.run(plugin.id);
      })();
    },
  };
}

export type PluginStore = ReturnType<typeof createPluginStore>;
