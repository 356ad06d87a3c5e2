/** Catalog writes that run inside the caller's transaction (publishing, the folder catalog, the seed). */
import type { StacDb } from '../database';
import type { NewPlugin, PluginChanges, PluginRow, VersionContent } from './pluginRecords';

/** Records a published version's documents (a version already recorded is kept as it was). */
export const insertVersion = (
  trx: StacDb,
  pluginId: string,
  version: string,
  content: VersionContent,
  now: string,
) =>
  trx
    .insertInto('plugin_versions')
    .values({
      plugin_id: pluginId,
      version,
      ui_json: content.uiJson,
      manifest_json: content.manifestJson,
      created_at: now,
    })
    .onConflict((conflict) => conflict.columns(['plugin_id', 'version']).doNothing())
    .execute();

/** Inserts a catalog row and its first version; runs inside the caller's transaction. */
export async function insertPlugin(trx: StacDb, plugin: NewPlugin, now: string): Promise<PluginRow> {
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
      manifest_json: plugin.manifestJson ?? '{}',
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
  await insertVersion(
    trx,
    plugin.id,
    plugin.version,
    { uiJson: plugin.uiJson, manifestJson: plugin.manifestJson ?? '{}' },
    now,
  );
  return row;
}

/**
 * Applies changes only if `expectedVersion` is still the current one. The version guard sits in the UPDATE
 * itself: on PostgreSQL a concurrent update waits for the row lock, re-reads the row and then matches
 * nothing, so of two racing bumps one wins and the other gets undefined (VERSION_CONFLICT). Runs inside the
 * caller's transaction.
 */
export async function updatePlugin(
  trx: StacDb,
  id: string,
  expectedVersion: string,
  changes: PluginChanges,
  now: string,
): Promise<PluginRow | undefined> {
  const row = await trx
    .updateTable('plugins')
    .set({
      name: changes.name,
      description: changes.description,
      slot: changes.slot,
      version: changes.version,
      ui_json: changes.uiJson,
      manifest_json: changes.manifestJson,
      is_public: changes.isPublic ? 1 : 0,
      author_avatar: changes.authorAvatar,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (row)
    await insertVersion(
      trx,
      id,
      changes.version,
      { uiJson: changes.uiJson, manifestJson: changes.manifestJson },
      now,
    );
  return row;
}
