import type { StacDb } from '../database';
import type { InstallRow, InstallWithCatalogRow } from './pluginRecords';

/** A user's installs as they are read and switched: the list with the catalog's facts, consents, settings. */
export function createInstallStore(db: StacDb) {
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

  return {
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

function parseStringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
