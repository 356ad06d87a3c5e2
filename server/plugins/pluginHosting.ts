/**
 * The host's rules (src/plugin-host) applied to stored rows: a row's manifest, its dependency node, what an
 * install or update must ask consent for, and whether a plugin may be switched on for a user. Pure: the
 * routes load the rows and write the outcome.
 */
import {
  activationVerdict as hostActivationVerdict,
  activeDependentsOf,
  type ActivationVerdict,
  type DependencyNode,
} from '../../src/plugin-host/index';
import { readPluginManifest, type PluginManifest } from '../../src/stac-schema/index';
import { storedManifest } from './pluginViews';

/** What every stored plugin row (catalog row or install) has in common. */
export interface StoredPluginRow {
  name: string;
  version: string;
  slot: string;
  ui_json: string;
  manifest_json: string;
}

export function manifestOfRow(row: StoredPluginRow): PluginManifest {
  const manifest = storedManifest(row.manifest_json);
  const record: Record<string, unknown> = {
    name: row.name,
    version: row.version,
    slot: row.slot,
    ...manifest,
  };
  if (manifest.surfaces === undefined) record.ui = safeParse(row.ui_json);
  return readPluginManifest(record).manifest;
}

function safeParse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export function dependencyNodeOf(id: string, row: StoredPluginRow & { is_active?: number }): DependencyNode {
  return {
    id,
    name: row.name,
    version: row.version,
    dependencies: manifestOfRow(row).dependencies,
    ...(row.is_active === undefined ? {} : { active: row.is_active === 1 }),
  };
}

/** Installed plugins of a user, as the rules need them. */
export interface InstalledRow extends StoredPluginRow {
  plugin_id: string;
  is_active: number;
  settings_json: string;
}

export function installedNodes(rows: readonly InstalledRow[]): Map<string, DependencyNode> {
  return new Map(rows.map((row) => [row.plugin_id, dependencyNodeOf(row.plugin_id, row)]));
}

/**
 * Whether `row` may be switched on now: every required dependency installed, in range and on, and every
 * startup check holding against the user's settings and installs.
 */
export function activationVerdict(row: InstalledRow, installed: readonly InstalledRow[]): ActivationVerdict {
  return hostActivationVerdict(
    {
      node: dependencyNodeOf(row.plugin_id, row),
      manifest: manifestOfRow(row),
      settingValues: safeParse(row.settings_json),
    },
    installedNodes(installed),
  );
}

/** Switched-on plugins that need `id`: switching it off or removing it stops them. */
export function dependentsOf(id: string, installed: readonly InstalledRow[]): { id: string; name: string }[] {
  return activeDependentsOf(id, [...installedNodes(installed).values()]).map((node) => ({
    id: node.id,
    name: node.name ?? node.id,
  }));
}
