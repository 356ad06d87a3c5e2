/**
 * The rows one install writes, inside the caller's transaction: the install (a snapshot of the catalog
 * row), the user's first download of the plugin, and the consent to a version's permissions.
 */
import type { Insertable } from 'kysely';
import type { InstallsTable, StacDb } from '../database';
import type { PluginRow } from './pluginRecords';

/** The columns an install copies from the catalog row: what the user runs until they update. */
export const snapshotOf = (plugin: PluginRow) => ({
  name: plugin.name,
  description: plugin.description,
  author: plugin.author,
  author_avatar: plugin.author_avatar,
  slot: plugin.slot,
  version: plugin.version,
  ui_json: plugin.ui_json,
  manifest_json: plugin.manifest_json,
});
export const snapshotValues = (userId: number, plugin: PluginRow, now: string) => ({
  user_id: userId,
  plugin_id: plugin.id,
  ...snapshotOf(plugin),
  is_active: 1,
  installed_at: now,
  updated_at: now,
});

let lastInstant = 0;

/**
 * The instant of a new install: the clock's, but always after the previous install's in this process. The
 * installed list (and so a slot's plugins) comes in install order, by `installed_at`; installs that fell in
 * one millisecond (the demo's seed, a plugin with its dependencies, two quick clicks) would otherwise tie and
 * sort by id.
 */
export function installInstant(): string {
  const now = Date.now();
  lastInstant = now > lastInstant ? now : lastInstant + 1;
  return new Date(lastInstant).toISOString();
}

/** Inserts the install unless the user has one; true when this call inserted it. */
export async function insertInstall(trx: StacDb, values: Insertable<InstallsTable>): Promise<boolean> {
  const inserted = await trx
    .insertInto('installs')
    .values(values)
    .onConflict((conflict) => conflict.columns(['user_id', 'plugin_id']).doNothing())
    .returning('plugin_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** A download counts once per user, ever: the count moves only when this user's first download row lands. */
export async function countDownload(
  trx: StacDb,
  pluginId: string,
  userId: number,
  now: string,
): Promise<void> {
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

/** Records what the user allowed this version; a repeated consent replaces the earlier one. */
export const recordConsent = (
  trx: StacDb,
  userId: number,
  pluginId: string,
  version: string,
  permissions: readonly string[],
  now: string,
) =>
  trx
    .insertInto('plugin_consents')
    .values({
      user_id: userId,
      plugin_id: pluginId,
      version,
      permissions_json: JSON.stringify(permissions),
      granted_at: now,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['user_id', 'plugin_id', 'version'])
        .doUpdateSet({ permissions_json: JSON.stringify(permissions), granted_at: now }),
    )
    .execute();
