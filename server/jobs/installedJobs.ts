/**
 * Where the job runner learns what a user's installed plugin declares (jobs, permissions). An install keeps
 * its manifest in `installs.manifest_json` once the server stores manifests; until that column exists, the
 * declarations come from the catalog file the install was made from, and only when its version matches.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readPluginManifest, type PluginManifest } from '../../src/stac-schema/index';
import type { StacDb } from '../database';

export interface InstalledPlugin {
  id: string;
  name: string;
  version: string;
  isActive: boolean;
  manifest: PluginManifest;
}

export interface InstalledPluginLookup {
  list(userId: number): Promise<InstalledPlugin[]>;
  find(userId: number, pluginId: string): Promise<InstalledPlugin | undefined>;
}

const parseObject = (json: unknown): Record<string, unknown> | undefined => {
  if (typeof json !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

export function createInstalledPluginLookup(db: StacDb, catalogDir: string): InstalledPluginLookup {
  async function catalogRecord(
    pluginId: string,
    version: string,
  ): Promise<Record<string, unknown> | undefined> {
    const row = await db
      .selectFrom('plugins')
      .select(['download_url', 'source'])
      .where('id', '=', pluginId)
      .executeTakeFirst();
    const url = row?.source === 'catalog' ? row.download_url : null;
    if (!url?.startsWith('/plugins/')) return undefined;
    try {
      const record = parseObject(await readFile(join(catalogDir, basename(url)), 'utf8'));
      return record && record.id === pluginId && record.version === version ? record : undefined;
    } catch {
      return undefined;
    }
  }

  // selectAll: the manifest column arrives with the manifest migration; rows read the same before and after.
  async function toInstalled(row: Record<string, unknown>): Promise<InstalledPlugin> {
    const id = String(row.plugin_id);
    const version = String(row.version);
    const stored = parseObject(row.manifest_json);
    const record = stored && Object.keys(stored).length > 0 ? stored : await catalogRecord(id, version);
    return {
      id,
      name: String(row.name),
      version,
      isActive: row.is_active === 1,
      // Only what jobs, events and commands need: surfaces are the slots' business.
      manifest: readPluginManifest({
        id,
        permissions: record?.permissions,
        jobs: record?.jobs,
        subscriptions: record?.subscriptions,
        commands: record?.commands,
      }).manifest,
    };
  }

  return {
    async list(userId) {
      const rows = await db
        .selectFrom('installs')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('installed_at')
        .orderBy('plugin_id')
        .execute();
      return Promise.all(rows.map((row) => toInstalled(row as unknown as Record<string, unknown>)));
    },
    async find(userId, pluginId) {
      const row = await db
        .selectFrom('installs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('plugin_id', '=', pluginId)
        .executeTakeFirst();
      return row ? toInstalled(row as unknown as Record<string, unknown>) : undefined;
    },
  };
}
