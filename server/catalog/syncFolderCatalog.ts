/**
 * Brings the catalog in line with a folder scan: a new plugin is registered, a changed file with a higher
 * version becomes the catalog's new version (installs then show "update available"), and a plugin whose file
 * is gone leaves the catalog (installs keep running their snapshot). Each plugin is written in one
 * transaction whose statements are guarded (insert on a free id, update at the version read), so a plugin is
 * never half registered and several instances scanning the same folders register it once.
 */
import type { StacDb } from '../database';
import { catalogRowOf } from '../plugins/catalogRow';
import { isNewerVersion } from '../plugins/version';
import { insertPlugin, updatePlugin, type NewPlugin } from '../store/pluginStore';
import type { FolderPlugin, FolderScan, RefusedPlugin } from './scanPluginFolders';

export type FolderChange = 'added' | 'updated' | 'unchanged';

export interface RegisteredPlugin {
  id: string;
  name: string;
  version: string;
  author: string;
  path: string;
  change: FolderChange;
}

export interface FolderSyncResult {
  registered: RegisteredPlugin[];
  refused: RefusedPlugin[];
  /** Ids that left the catalog because their file is gone. */
  removed: string[];
}

function rowOf(entry: FolderPlugin): NewPlugin {
  const { plugin } = entry;
  return catalogRowOf(plugin, {
    id: plugin.id,
    author: plugin.author,
    // Folder plugins belong to the folder: no user account may edit or delete them through the API.
    authorUserId: null,
    // The official badge is for the project's own plugins; a folder cannot claim it by naming an author.
    isOfficial: false,
    downloadUrl: null,
  });
}

/** Why an entry cannot be written now, or the change it makes; the write happens in `trx`. */
async function registerOne(
  trx: StacDb,
  entry: FolderPlugin,
  now: string,
): Promise<FolderChange | RefusedPlugin> {
  const { id, version } = entry.plugin;
  const record = await trx
    .selectFrom('catalog_folder_plugins')
    .selectAll()
    .where('plugin_id', '=', id)
    .executeTakeFirst();
  const current = await trx.selectFrom('plugins').select(['version']).where('id', '=', id).executeTakeFirst();
  if (!record) {
    if (current) {
      return {
        path: entry.path,
        id,
        code: 'id_taken',
        message: `The catalog already has a plugin "${id}" that did not come from a plugin folder; give this one another id.`,
        issues: [],
      };
    }
    await insertPlugin(trx, rowOf(entry), now);
    await trx
      .insertInto('catalog_folder_plugins')
      .values({ plugin_id: id, source_path: entry.path, content_hash: entry.hash, registered_at: now })
      .execute();
    return 'added';
  }
  if (record.content_hash === entry.hash && current) {
    if (record.source_path !== entry.path)
      await trx
        .updateTable('catalog_folder_plugins')
        .set({ source_path: entry.path })
        .where('plugin_id', '=', id)
        .execute();
    return 'unchanged';
  }
  if (!current || !isNewerVersion(version, current.version)) {
    return {
      path: entry.path,
      id,
      code: 'version_not_raised',
      message: `The file changed but its version ${version} is not above the catalog's ${current?.version ?? '?'}; raise "version" to publish the change.`,
      issues: [],
    };
  }
  const row = rowOf(entry);
  const updated = await updatePlugin(
    trx,
    id,
    current.version,
    {
      name: row.name,
      description: row.description,
      slot: row.slot,
      version: row.version,
      uiJson: row.uiJson,
      manifestJson: row.manifestJson ?? '{}',
      isPublic: true,
      authorAvatar: row.authorAvatar,
    },
    now,
  );
  // Another instance registered this change a moment ago: the catalog has it already.
  if (!updated) return 'unchanged';
  await trx
    .updateTable('catalog_folder_plugins')
    .set({ source_path: entry.path, content_hash: entry.hash, registered_at: now })
    .where('plugin_id', '=', id)
    .execute();
  return 'updated';
}

/** Thrown inside a transaction to roll it back when a plugin is refused after reading the rows. */
class Refusal extends Error {
  constructor(readonly refused: RefusedPlugin) {
    super(refused.message);
  }
}

export async function syncFolderCatalog(db: StacDb, scan: FolderScan): Promise<FolderSyncResult> {
  const registered: RegisteredPlugin[] = [];
  const refused: RefusedPlugin[] = [...scan.refused];
  for (const entry of scan.plugins) {
    try {
      const attempt = () =>
        db.transaction().execute(async (trx) => {
          const outcome = await registerOne(trx, entry, new Date().toISOString());
          if (typeof outcome !== 'string') throw new Refusal(outcome);
          return outcome;
        });
      // Another instance scanning the same folders may insert the id between our read and our insert; the
      // key refuses ours, and a second look then finds the plugin registered.
      const change = await attempt().catch((cause: unknown) => {
        if (cause instanceof Refusal) throw cause;
        return attempt();
      });
      const { plugin } = entry;
      registered.push({
        id: plugin.id,
        name: plugin.name,
        version: plugin.version,
        author: plugin.author,
        path: entry.path,
        change,
      });
    } catch (cause) {
      if (!(cause instanceof Refusal)) throw cause;
      refused.push(cause.refused);
    }
  }
  // A plugin leaves the catalog only when no file claims it any more: a file that now fails its checks keeps
  // the version registered before, so a typo while editing never pulls a plugin from under its users.
  const claimed = new Set([
    ...scan.plugins.map((entry) => entry.plugin.id),
    ...scan.refused.flatMap((entry) => (entry.id ? [entry.id] : [])),
  ]);
  const claimedPaths = new Set(scan.refused.map((entry) => entry.path));
  const records = await db
    .selectFrom('catalog_folder_plugins')
    .select(['plugin_id', 'source_path'])
    .execute();
  const removed: string[] = [];
  for (const record of records) {
    if (claimed.has(record.plugin_id) || claimedPaths.has(record.source_path)) continue;
    const result = await db.deleteFrom('plugins').where('id', '=', record.plugin_id).executeTakeFirst();
    if (result.numDeletedRows > 0n) removed.push(record.plugin_id);
  }
  return { registered, refused, removed };
}
