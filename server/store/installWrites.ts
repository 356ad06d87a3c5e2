import type { StacDb } from '../database';
import {
  countDownload,
  insertInstall,
  installInstant,
  recordConsent,
  snapshotOf,
  snapshotValues,
} from './installRows';
import type {
  InstallOutcome,
  InstallSnapshot,
  PlannedInstall,
  PluginRow,
  VersionContent,
} from './pluginRecords';

/**
 * Installing, updating and removing a user's installs. Every write that must be atomic is a single
 * conditional statement (an insert that does nothing on conflict) inside a transaction, so the database's
 * keys decide: one install per user and plugin, a download counted once per user, on any number of instances.
 */
export function createInstallWrites(db: StacDb) {
  /**
   * Installs a plugin and the dependencies it needs, in the given order (dependencies first), with each
   * one's consent, in one transaction. The last entry is the plugin asked for: when the user has it
   * already, nothing is written. A dependency another request installed meanwhile is left as it is.
   */
  function installPlan(userId: number, plan: readonly PlannedInstall[]): Promise<InstallOutcome> {
    return db
      .transaction()
      .execute(async (trx): Promise<InstallOutcome> => {
        for (const [index, entry] of plan.entries()) {
          const now = installInstant();
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

  return {
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
        const now = installInstant();
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
    /** Installs a specific older version (seed only: shows an install with an update waiting). */
    async installVersion(
      userId: number,
      plugin: PluginRow,
      version: string,
      content: VersionContent,
      consent?: readonly string[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const now = installInstant();
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

/** Thrown inside an install transaction to roll it back when the plugin asked for is already there. */
class AlreadyInstalled extends Error {}
