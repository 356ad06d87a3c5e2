/**
 * Where the job runner learns what a user's installed plugin declares (jobs, permissions, subscriptions,
 * commands): the manifest snapshot the install keeps (`installs.manifest_json`), so a run does exactly what
 * the author declared for the installed version, not what a newer catalog version says.
 */
import { readPluginManifest, type PluginManifest } from '../../src/stac-schema/index';
import type { StacDb } from '../database';

export interface InstalledPlugin {
  id: string;
  name: string;
  version: string;
  isActive: boolean;
  /** The user offers this plugin's MCP tools and resources to their assistants. */
  mcpEnabled: boolean;
  manifest: PluginManifest;
}

export interface InstalledPluginLookup {
  list(userId: number): Promise<InstalledPlugin[]>;
  find(userId: number, pluginId: string): Promise<InstalledPlugin | undefined>;
}

function parseObject(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

interface InstallRow {
  plugin_id: string;
  name: string;
  version: string;
  is_active: number;
  mcp_enabled: number;
  manifest_json: string;
}

function toInstalled(row: InstallRow): InstalledPlugin {
  const stored = parseObject(row.manifest_json);
  return {
    id: row.plugin_id,
    name: row.name,
    version: row.version,
    isActive: row.is_active === 1,
    mcpEnabled: row.mcp_enabled === 1,
    // Only what jobs, events, commands and MCP need: surfaces are the slots' business.
    manifest: readPluginManifest({
      id: row.plugin_id,
      permissions: stored.permissions,
      jobs: stored.jobs,
      subscriptions: stored.subscriptions,
      commands: stored.commands,
      mcp: stored.mcp,
    }).manifest,
  };
}

export function createInstalledPluginLookup(db: StacDb): InstalledPluginLookup {
  const installs = () =>
    db
      .selectFrom('installs')
      .select(['plugin_id', 'name', 'version', 'is_active', 'mcp_enabled', 'manifest_json']);
  return {
    async list(userId) {
      const rows = await installs()
        .where('user_id', '=', userId)
        .orderBy('installed_at')
        .orderBy('plugin_id')
        .execute();
      return rows.map(toInstalled);
    },
    async find(userId, pluginId) {
      const row = await installs()
        .where('user_id', '=', userId)
        .where('plugin_id', '=', pluginId)
        .executeTakeFirst();
      return row ? toInstalled(row) : undefined;
    },
  };
}
