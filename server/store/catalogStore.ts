import { sql } from 'kysely';
import type { StacDb } from '../database';
import { insertPlugin, insertVersion, updatePlugin } from './catalogWrites';
import type { NewPlugin, PluginChanges, PluginRow, VersionContent } from './pluginRecords';

/** The catalog: plugins as published, the versions each has had, what a user may see. */
export function createCatalogStore(db: StacDb) {
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
    async getVersion(pluginId: string, version: string): Promise<VersionContent | undefined> {
      const row = await db
        .selectFrom('plugin_versions')
        .select(['ui_json', 'manifest_json'])
        .where('plugin_id', '=', pluginId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row && { uiJson: row.ui_json, manifestJson: row.manifest_json };
    },
    create(plugin: NewPlugin): Promise<PluginRow> {
      return db.transaction().execute((trx) => insertPlugin(trx, plugin, new Date().toISOString()));
    },
    /** Records an older published version (used by the seed to give a plugin a history). */
    async addVersion(pluginId: string, version: string, content: VersionContent): Promise<void> {
      await insertVersion(db, pluginId, version, content, new Date().toISOString());
    },
    /**
     * Applies changes only if `expectedVersion` is still the current one. The version guard sits in the UPDATE
     * itself: on PostgreSQL a concurrent update waits for the row lock, re-reads the row and then matches
     * nothing, so of two racing bumps one wins and the other gets undefined (VERSION_CONFLICT).
     */
    update(id: string, expectedVersion: string, changes: PluginChanges): Promise<PluginRow | undefined> {
      return db
        .transaction()
        .execute((trx) => updatePlugin(trx, id, expectedVersion, changes, new Date().toISOString()));
    },
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('plugins').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
