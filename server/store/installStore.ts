import { compiledOnce, type StacDb } from '../database';
import { toUserRecord, type UserRecord } from './userStore';
import type { InstalledListRow, InstallRow, InstallWithCatalogRow } from './pluginRecords';

/**
 * What the installed list of a user is made of, as one string: every install's revision with the revisions of
 * the catalog row and the consent it joins (server/migrations/007). The database replaces a row's revision on
 * every write, so equal strings mean the very same rows, and an answer built from them still holds.
 */
export function installedListRevision(
  rows: ReadonlyArray<{
    plugin_id: string;
    revision: string;
    catalog_revision: string | null;
    consent_revision: string | null;
  }>,
): string {
  return rows
    .map((row) => `${row.plugin_id}:${row.revision}:${row.catalog_revision}:${row.consent_revision}`)
    .join('|');
}

/** A user's installs as they are read and switched: the list with the catalog's facts, consents, settings. */
export function createInstallStore(db: StacDb) {
  /** Installs, each with its catalog row and the consent to its installed version joined. */
  const withCatalogAndConsent = () =>
    db
      .selectFrom('installs as i')
      .leftJoin('plugins as p', 'p.id', 'i.plugin_id')
      .leftJoin('plugin_consents as c', (join) =>
        join
          .onRef('c.user_id', '=', 'i.user_id')
          .onRef('c.plugin_id', '=', 'i.plugin_id')
          .onRef('c.version', '=', 'i.version'),
      );

  /** The user's installs in the order they were installed, each with its catalog row and consent joined. */
  const installsJoined = (userId: number) =>
    withCatalogAndConsent().where('i.user_id', '=', userId).orderBy('i.installed_at').orderBy('i.plugin_id');

  /** Sets columns of one install; false when the user has no such install. */
  async function updateInstall(
    userId: number,
    pluginId: string,
    set: { settings_json?: string; mcp_enabled?: number; is_active?: number },
  ): Promise<boolean> {
    const result = await db
      .updateTable('installs')
      .set({ ...set, updated_at: new Date().toISOString() })
      .where('user_id', '=', userId)
      .where('plugin_id', '=', pluginId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  // Asked by every `GET /plugins/installed`: compiled once, run with [user id].
  const revisionsOf = compiledOnce(
    db,
    installsJoined(0).select([
      'i.plugin_id',
      'i.revision',
      'p.revision as catalog_revision',
      'c.revision as consent_revision',
    ]),
  );

  // A live session's user and the revisions of their installed list in one query (one round trip on
  // PostgreSQL, where the usual way makes two): a row per install, or one with null install columns when
  // there is none. Run with [token hash, now].
  const sessionWithRevisions = compiledOnce(
    db,
    withCatalogAndConsent()
      .rightJoin('sessions as s', 's.user_id', 'i.user_id')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .selectAll('u')
      .select([
        'i.plugin_id',
        'i.revision',
        'p.revision as catalog_revision',
        'c.revision as consent_revision',
      ])
      .where('s.token_hash', '=', '')
      .where('s.expires_at', '>', '')
      .orderBy('i.installed_at')
      .orderBy('i.plugin_id'),
  );

  return {
    /**
     * The user of a live session (its token's hash) and the installedListRevision of their list, read
     * together; undefined for unknown and expired sessions alike.
     */
    async userWithInstalledListRevision(
      tokenHash: string,
      now = new Date(),
    ): Promise<{ user: UserRecord; revision: string } | undefined> {
      const rows = await sessionWithRevisions([tokenHash, now.toISOString()]);
      if (rows.length === 0) return undefined;
      const installs = rows.filter(
        (row): row is typeof row & { plugin_id: string; revision: string } =>
          row.plugin_id !== null && row.revision !== null,
      );
      return { user: Object.freeze(toUserRecord(rows[0])), revision: installedListRevision(installs) };
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
      return installsJoined(userId).selectAll('i').select(CATALOG_COLUMNS).execute();
    },
    /** listInstalls with each install's consent and the revisions: all `GET /plugins/installed` shows. */
    listInstalledWithConsents(userId: number): Promise<InstalledListRow[]> {
      return installsJoined(userId)
        .selectAll('i')
        .select(CATALOG_COLUMNS)
        .select([
          'p.revision as catalog_revision',
          'c.permissions_json as consent_permissions_json',
          'c.revision as consent_revision',
        ])
        .execute();
    },
    /** installedListRevision of the user's list now: a few short columns, no documents read. */
    installedListRevision: async (userId: number): Promise<string> =>
      installedListRevision(await revisionsOf([userId])),
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
    setSettings: (userId: number, pluginId: string, settingsJson: string): Promise<boolean> =>
      updateInstall(userId, pluginId, { settings_json: settingsJson }),
    /** Switches the install's MCP exposure; false when the user has no such install. */
    setMcpEnabled: (userId: number, pluginId: string, enabled: boolean): Promise<boolean> =>
      updateInstall(userId, pluginId, { mcp_enabled: enabled ? 1 : 0 }),
    setActive: (userId: number, pluginId: string, isActive: boolean): Promise<boolean> =>
      updateInstall(userId, pluginId, { is_active: isActive ? 1 : 0 }),
  };
}

const CATALOG_COLUMNS = [
  'p.version as catalog_version',
  'p.author_user_id as catalog_author_user_id',
  'p.is_official as catalog_is_official',
  'p.is_public as catalog_is_public',
  'p.download_count as catalog_download_count',
  'p.manifest_json as catalog_manifest_json',
] as const;

export function parseStringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
