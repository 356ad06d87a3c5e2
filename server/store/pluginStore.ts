import { sql, type Insertable, type Selectable } from 'kysely';
import type { InstallsTable, PluginsTable, StacDb } from '../database';

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

/**
 * Plugins, their published versions and the users' installs. Every write that must be atomic is a single
 * conditional statement (an insert that does nothing on conflict, an update guarded by the expected version)
 * inside a transaction, so it is decided by the database's row locks and keys: the same outcome on SQLite
 * (one writer) and on PostgreSQL at READ COMMITTED with any number of server instances.
 */
export function createPluginStore(db: StacDb) {
  /** The columns an install copies from the catalog row: what the user runs until they update. */
  const snapshotOf = (plugin: PluginRow) => ({
    name: plugin.name,
    description: plugin.description,
    author: plugin.author,
    author_avatar: plugin.author_avatar,
    slot: plugin.slot,
    version: plugin.version,
    ui_json: plugin.ui_json,
  });
  const snapshotValues = (userId: number, plugin: PluginRow, now: string) => ({
    user_id: userId,
    plugin_id: plugin.id,
    ...snapshotOf(plugin),
    is_active: 1,
    installed_at: now,
    updated_at: now,
  });

  /** Inserts the install unless the user has one; true when this call inserted it. */
  async function insertInstall(trx: StacDb, values: Insertable<InstallsTable>): Promise<boolean> {
    const inserted = await trx
      .insertInto('installs')
      .values(values)
      .onConflict((conflict) => conflict.columns(['user_id', 'plugin_id']).doNothing())
      .returning('plugin_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** A download counts once per user, ever: the count moves only when this user's first download row lands. */
  async function countDownload(trx: StacDb, pluginId: string, userId: number, now: string): Promise<void> {
    const first = await trx
      .insertInto('plugin_downloads')
      .values({ plugin_id: pluginId, user_id: userId, created_at: now })
      .onConflict((conflict) => conflict.columns(['plugin_id', 'user_id']).doNothing())
      .returning('plugin_id')
      .executeTakeFirst();
    if (first) {
      await trx
        .updateTable('plugins')
        .set((eb) => ({ download_count: eb('download_count', '+', 1) }))
        .where('id', '=', pluginId)
        .execute();
    }
  }

  const insertVersion = (trx: StacDb, pluginId: string, version: string, uiJson: string, now: string) =>
    trx
      .insertInto('plugin_versions')
      .values({ plugin_id: pluginId, version, ui_json: uiJson, created_at: now })
      .onConflict((conflict) => conflict.columns(['plugin_id', 'version']).doNothing())
      .execute();

  const getPlugin = (trx: StacDb, id: string) =>
    trx.selectFrom('plugins').selectAll().where('id', '=', id).executeTakeFirst();

  return {
    get(id: string): Promise<PluginRow | undefined> {
      return getPlugin(db, id);
    },
    /** A user sees public plugins and their own unpublished ones. */
    listVisible(userId: number): Promise<PluginRow[]> {
      return db
        .selectFrom('plugins')
        .selectAll()
        .where((eb) => eb.or([eb('is_public', '=', 1), eb('author_user_id', '=', userId)]))
        .orderBy('is_official', 'desc')
        .orderBy('download_count', 'desc')
        .orderBy(sql`lower(name)`)
        .orderBy('id')
        .execute();
    },
    async getVersionUi(pluginId: string, version: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('plugin_versions')
        .select('ui_json')
        .where('plugin_id', '=', pluginId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row?.ui_json;
    },
    create(plugin: NewPlugin): Promise<PluginRow> {
      return db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        const row = await trx
          .insertInto('plugins')
          .values({
            id: plugin.id,
            name: plugin.name,
            description: plugin.description,
            author: plugin.author,
            author_user_id: plugin.authorUserId,
            author_avatar: plugin.authorAvatar,
            slot: plugin.slot,
            version: plugin.version,
            ui_json: plugin.uiJson,
            is_public: plugin.isPublic ? 1 : 0,
            is_official: plugin.isOfficial ? 1 : 0,
            source: plugin.source,
            download_url: plugin.downloadUrl,
            download_count: plugin.downloadCount ?? 0,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await insertVersion(trx, plugin.id, plugin.version, plugin.uiJson, now);
        return row;
      });
    },
    /** Records an older published version (used by the seed to give a plugin a history). */
    async addVersion(pluginId: string, version: string, uiJson: string): Promise<void> {
      await insertVersion(db, pluginId, version, uiJson, new Date().toISOString());
    },
    /**
     * Applies changes only if `expectedVersion` is still the current one. The version guard sits in the UPDATE
     * itself: on PostgreSQL a concurrent update waits for the row lock, re-reads the row and then matches
     * nothing, so of two racing bumps one wins and the other gets undefined (VERSION_CONFLICT).
     */
    update(id: string, expectedVersion: string, changes: PluginChanges): Promise<PluginRow | undefined> {
      return db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        const row = await trx
          .updateTable('plugins')
          .set({
            name: changes.name,
            description: changes.description,
            slot: changes.slot,
            version: changes.version,
            ui_json: changes.uiJson,
            is_public: changes.isPublic ? 1 : 0,
            author_avatar: changes.authorAvatar,
            updated_at: now,
          })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .returningAll()
          .executeTakeFirst();
        if (row) await insertVersion(trx, id, changes.version, changes.uiJson, now);
        return row;
      });
    },
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('plugins').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    getInstall(userId: number, pluginId: string): Promise<InstallRow | undefined> {
      return db
        .selectFrom('installs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('plugin_id', '=', pluginId)
        .executeTakeFirst();
    },
    listInstalls(userId: number): Promise<InstallWithCatalogRow[]> {
      return db
        .selectFrom('installs as i')
        .leftJoin('plugins as p', 'p.id', 'i.plugin_id')
        .selectAll('i')
        .select([
          'p.version as catalog_version',
          'p.author_user_id as catalog_author_user_id',
          'p.is_official as catalog_is_official',
          'p.is_public as catalog_is_public',
          'p.download_count as catalog_download_count',
        ])
        .where('i.user_id', '=', userId)
        .orderBy('i.installed_at')
        .orderBy('i.plugin_id')
        .execute();
    },
    async installedByUser(userId: number): Promise<Map<string, { version: string; isActive: boolean }>> {
      const rows = await db
        .selectFrom('installs')
        .select(['plugin_id', 'version', 'is_active'])
        .where('user_id', '=', userId)
        .execute();
      return new Map(
        rows.map((row) => [row.plugin_id, { version: row.version, isActive: row.is_active === 1 }]),
      );
    },
    /**
     * Installs the catalog's current version for the user. The insert is decided by the primary key (user,
     * plugin), so any number of concurrent requests on any number of instances yield one install; the
     * download counts once per user, ever, in the same transaction.
     */
    install(userId: number, plugin: PluginRow): Promise<InstallOutcome> {
      return db.transaction().execute(async (trx): Promise<InstallOutcome> => {
        const now = new Date().toISOString();
        if (!(await insertInstall(trx, snapshotValues(userId, plugin, now)))) return 'already_installed';
        await countDownload(trx, plugin.id, userId, now);
        return 'installed';
      });
    },
    /**
     * Installs a document that is not in the catalog (fetched from a URL): only the user's snapshot is
     * stored, so one user's URL can never change what another user runs.
     */
    async installSnapshot(userId: number, snapshot: InstallSnapshot): Promise<InstallOutcome> {
      const now = new Date().toISOString();
      const inserted = await insertInstall(db, {
        user_id: userId,
        plugin_id: snapshot.pluginId,
        name: snapshot.name,
        description: snapshot.description,
        author: snapshot.author,
        author_avatar: snapshot.authorAvatar,
        slot: snapshot.slot,
        version: snapshot.version,
        ui_json: snapshot.uiJson,
        is_active: 1,
        installed_at: now,
        updated_at: now,
      });
      return inserted ? 'installed' : 'already_installed';
    },
    /** Replaces the install's snapshot with the catalog's current version; keeps isActive. */
    async refreshInstall(userId: number, plugin: PluginRow): Promise<boolean> {
      const result = await db
        .updateTable('installs')
        .set({ ...snapshotOf(plugin), updated_at: new Date().toISOString() })
        .where('user_id', '=', userId)
        .where('plugin_id', '=', plugin.id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async uninstall(userId: number, pluginId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('installs')
        .where('user_id', '=', userId)
        .where('plugin_id', '=', pluginId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async setActive(userId: number, pluginId: string, isActive: boolean): Promise<boolean> {
      const result = await db
        .updateTable('installs')
        .set({ is_active: isActive ? 1 : 0, updated_at: new Date().toISOString() })
        .where('user_id', '=', userId)
        .where('plugin_id', '=', pluginId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    /** Installs a specific older version (seed only: shows an install with an update waiting). */
    async installVersion(userId: number, plugin: PluginRow, version: string, uiJson: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        const values = { ...snapshotValues(userId, plugin, now), version, ui_json: uiJson };
        if (await insertInstall(trx, values)) await countDownload(trx, plugin.id, userId, now);
      });
    },
  };
}

export type PluginStore = ReturnType<typeof createPluginStore>;
