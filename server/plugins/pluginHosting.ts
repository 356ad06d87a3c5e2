/**
 * The host's rules (src/plugin-host) applied to stored rows: a row's manifest, its dependency node, what an
 * install or update must ask consent for, and whether a plugin may be switched on for a user. Pure: the
 * routes load the rows and write the outcome.
 */
import {
  activeDependentsOf,
  dependencyProblems,
  describePermission,
  evaluateStartupChecks,
  resolveSettingValues,
  type DependencyNode,
  type DependencyProblem,
  type StartupFailure,
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

/** The permissions a user is asked to allow, each with the sentence the consent screen shows. */
export function permissionList(permissions: readonly string[]) {
  return permissions.map((permission) => describePermission(permission));
}

/** Declared permissions the user has not accepted (an empty list: nothing to ask). */
export function unconsented(declared: readonly string[] | undefined, accepted: readonly string[]): string[] {
  return (declared ?? []).filter((permission) => !accepted.includes(permission));
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

export type ActivationVerdict =
  { ok: true } | { ok: false; dependencyProblems: DependencyProblem[]; startupFailures: StartupFailure[] };

/**
 * Whether `row` may be switched on now: every required dependency installed, in range and on, and every
 * startup check holding against the user's settings and installs.
 */
export function activationVerdict(row: InstalledRow, installed: readonly InstalledRow[]): ActivationVerdict {
  const nodes = installedNodes(installed.filter((other) => other.plugin_id !== row.plugin_id));
  const manifest = manifestOfRow(row);
  const problems = dependencyProblems(dependencyNodeOf(row.plugin_id, row), nodes);
  const failures = evaluateStartupChecks(manifest, {
    settings: resolveSettingValues(manifest.settings, safeParse(row.settings_json)),
    isPluginActive: (id) => nodes.get(id)?.active === true,
  });
  return problems.length === 0 && failures.length === 0
    ? { ok: true }
    : { ok: false, dependencyProblems: problems, startupFailures: failures };
}

/** Switched-on plugins that need `id`: switching it off or removing it stops them. */
export function dependentsOf(id: string, installed: readonly InstalledRow[]): { id: string; name: string }[] {
  return activeDependentsOf(id, [...installedNodes(installed).values()]).map((node) => ({
    id: node.id,
    name: node.name ?? node.id,
  }));
}
