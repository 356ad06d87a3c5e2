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
  catalog_manifest_json: string | null;
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
    manifest_json: plugin.manifest_json,
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

  /** Records what the user allowed this version; a repeated consent replaces the earlier one. */
  const recordConsent = (
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

  /**
   * Installs a plugin and the dependencies it needs, in the given order (dependencies first), with each
   * one's consent, in one transaction. The last entry is the plugin asked for: when the user has it
   * already, nothing is written. A dependency another request installed meanwhile is left as it is.
   */
  function installPlan(userId: number, plan: readonly PlannedInstall[]): Promise<InstallOutcome> {
    return db
      .transaction()
      .execute(async (trx): Promise<InstallOutcome> => {
        const now = new Date().toISOString();
        for (const [index, entry] of plan.entries()) {
          const values = { ...snapshotValues(userId, entry.plugin, now), is_active: entry.isActive ? 1 : 0 };
          if (!(await insertInstall(trx, values))) {
            if (index === plan.length - 1) throw new AlreadyInstalled();
            continue;
          }
          await countDownload(trx, entry.plugin.id, userId, now);
          if (entry.consent)
            await recordConsent(trx, userId, entry.plugin.id, entry.plugin.version, entry.consent, now);
        }
        return 'installed';
      })
      .catch((error: unknown) => {
        if (error instanceof AlreadyInstalled) return 'already_installed' as const;
        throw error;
      });
  }

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
          'p.manifest_json as catalog_manifest_json',
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
    install(userId: number, plugin: PluginRow, consent?: readonly string[]): Promise<InstallOutcome> {
      return installPlan(userId, [{ plugin, isActive: true, consent }]);
    },
    installPlan,
    /**
     * Installs a document that is not in the catalog (fetched from a URL): only the user's snapshot is
     * stored, so one user's URL can never change what another user runs.
     */
    installSnapshot(userId: number, snapshot: InstallSnapshot): Promise<InstallOutcome> {
      return db.transaction().execute(async (trx): Promise<InstallOutcome> => {
        const now = new Date().toISOString();
        const inserted = await insertInstall(trx, {
          user_id: userId,
          plugin_id: snapshot.pluginId,
          name: snapshot.name,
          description: snapshot.description,
          author: snapshot.author,
          author_avatar: snapshot.authorAvatar,
          slot: snapshot.slot,
          version: snapshot.version,
          ui_json: snapshot.uiJson,
          manifest_json: snapshot.manifestJson,
          is_active: snapshot.isActive ? 1 : 0,
          installed_at: now,
          updated_at: now,
        });
        if (!inserted) return 'already_installed';
        if (snapshot.consent)
          await recordConsent(trx, userId, snapshot.pluginId, snapshot.version, snapshot.consent, now);
        return 'installed';
      });
    },
    /**
     * Replaces the install's snapshot with the catalog's current version, with the consent for that version
     * when it declares permissions; keeps isActive and the settings.
     */
    refreshInstall(userId: number, plugin: PluginRow, consent?: readonly string[]): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        const result = await trx
          .updateTable('installs')
          .set({ ...snapshotOf(plugin), updated_at: now })
          .where('user_id', '=', userId)
          .where('plugin_id', '=', plugin.id)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        if (consent) await recordConsent(trx, userId, plugin.id, plugin.version, consent, now);
        return true;
      });
    },
    /** Removes the install with its settings and consents: installing again asks again. */
    uninstall(userId: number, pluginId: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .deleteFrom('installs')
          .where('user_id', '=', userId)
          .where('plugin_id', '=', pluginId)
          .executeTakeFirst();
        await trx
          .deleteFrom('plugin_consents')
          .where('user_id', '=', userId)
          .where('plugin_id', '=', pluginId)
          .execute();
        return result.numDeletedRows > 0n;
      });
    },
    /** The permissions the user allowed each installed version, by plugin id (absent: never asked). */
    async consentsOf(userId: number): Promise<Map<string, string[]>> {
      const rows = await db
        .selectFrom('plugin_consents as c')
        .innerJoin('installs as i', (join) =>
          join
            .onRef('i.user_id', '=', 'c.user_id')
            .onRef('i.plugin_id', '=', 'c.plugin_id')
            .onRef('i.version', '=', 'c.version'),
        )
        .select(['c.plugin_id', 'c.permissions_json'])
        .where('c.user_id', '=', userId)
        .execute();
      return new Map(rows.map((row) => [row.plugin_id, parseStringList(row.permissions_json)]));
    },
    /** Stores validated setting values; false when the user has no such install. */
    async setSettings(userId: number, pluginId: string, settingsJson: string): Promise<boolean> {
      const result = await db
        .updateTable('installs')
        .set({ settings_json: settingsJson, updated_at: new Date().toISOString() })
        .where('user_id', '=', userId)
        .where('plugin_id', '=', pluginId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    /** Switches the install's MCP exposure; false when the user has no such install. */
    async setMcpEnabled(userId: number, pluginId: string, enabled: boolean): Promise<boolean> {
      const result = await db
        .updateTable('installs')
        .set({ mcp_enabled: enabled ? 1 : 0, updated_at: new Date().toISOString() })
        .where('user_id', '=', userId)
        .where('plugin_id', '=', pluginId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
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
    async installVersion(
      userId: number,
      plugin: PluginRow,
      version: string,
      content: VersionContent,
      consent?: readonly string[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        const values = {
          ...snapshotValues(userId, plugin, now),
          version,
          ui_json: content.uiJson,
          manifest_json: content.manifestJson,
        };
        if (!(await insertInstall(trx, values))) return;
        await countDownload(trx, plugin.id, userId, now);
        if (consent) await recordConsent(trx, userId, plugin.id, version, consent, now);
      });
    },
  };
}

export type PluginStore = ReturnType<typeof createPluginStore>;

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

/** Thrown inside an install transaction to roll it back when the plugin asked for is already there. */
class AlreadyInstalled extends Error {}

function parseStringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
