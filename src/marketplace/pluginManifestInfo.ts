/**
 * What the marketplace tells the user about a plugin's manifest, computed from the catalog and installed
 * lists with the host's own rules: what an install asks consent for and brings along, why an installed
 * plugin stays off, which plugins need it. Pure, so the pages stay about presentation.
 */
import {
  activeDependentsOf,
  dependencyProblems,
  describePermission,
  evaluateStartupChecks,
  missingRequiredSettings,
  planPluginInstall,
  resolveSettingValues,
  type DependencyNode,
  type DependencyProblem,
  type PermissionInfo,
  type StartupFailure,
} from '../plugin-host';
import { readPluginManifest, type PluginManifest, type SettingField } from '../stac-schema';
import type { InstalledCatalogPlugin } from './catalog';

/** The plugin records the marketplace holds (catalog or installed), with their manifest fields. */
export interface ManifestRecord {
  id: string;
  name: string;
  version?: string | null;
  isActive?: boolean | null;
  settingValues?: unknown;
  [field: string]: unknown;
}

/** An installed plugin as the installed list gives it, with what its update asks for and its settings. */
export type InstalledRecord = InstalledCatalogPlugin &
  ManifestRecord & { updatePermissions?: string[]; settingValues?: unknown; mcpEnabled?: boolean };

export function manifestOf(record: ManifestRecord): PluginManifest {
  return readPluginManifest(record).manifest;
}

function nodeOf(record: ManifestRecord, withActive: boolean): DependencyNode {
  return {
    id: record.id,
    name: record.name,
    version: record.version ?? '0.0.0',
    dependencies: manifestOf(record).dependencies,
    ...(withActive ? { active: record.isActive !== false } : {}),
  };
}

export function installedNodes(installed: readonly ManifestRecord[]): Map<string, DependencyNode> {
  return new Map(installed.map((record) => [record.id, nodeOf(record, true)]));
}

export interface ConsentGroup {
  pluginId: string;
  name: string;
  version?: string | null;
  permissions: PermissionInfo[];
}

export type InstallRequest =
  | {
      ok: true;
      /** Per plugin to install (dependencies first), what it asks to be allowed; plugins asking nothing left out. */
      consent: ConsentGroup[];
      /** Catalog plugins installed along with it, dependencies first. */
      alsoInstalls: { id: string; name: string; version?: string | null }[];
      /** Every permission to send as `acceptPermissions`. */
      permissions: string[];
    }
  | { ok: false; problems: DependencyProblem[] };

/** What installing `target` takes: consent to ask and plugins to bring along, or why it cannot be done. */
export function installRequestFor(
  target: ManifestRecord,
  catalog: readonly ManifestRecord[],
  installed: readonly ManifestRecord[],
): InstallRequest {
  const byId = new Map(catalog.map((record) => [record.id, record]));
  byId.set(target.id, target);
  const plan = planPluginInstall(nodeOf(target, false), installedNodes(installed), (id) => {
    const record = byId.get(id);
    return record && nodeOf(record, false);
  });
  if (!plan.ok) return { ok: false, problems: plan.problems };
  const consent: ConsentGroup[] = [];
  for (const node of plan.order) {
    const record = byId.get(node.id)!;
    const permissions = manifestOf(record).permissions ?? [];
    if (permissions.length > 0)
      consent.push({
        pluginId: record.id,
        name: record.name,
        version: record.version,
        permissions: permissions.map((permission) => describePermission(permission)),
      });
  }
  return {
    ok: true,
    consent,
    alsoInstalls: plan.missing.map((node) => ({
      id: node.id,
      name: node.name ?? node.id,
      version: byId.get(node.id)?.version,
    })),
    permissions: [...new Set(consent.flatMap((group) => group.permissions.map((p) => p.permission)))],
  };
}

export interface InstalledStatus {
  /** Startup checks that fail now (with the user's settings and installs). */
  startupFailures: StartupFailure[];
  /** Required plugins that are missing, off or out of range. */
  dependencyProblems: DependencyProblem[];
  /** Required settings still empty: the plugin shows "Set up" instead of its content. */
  missingSettings: SettingField[];
  /** Switched-on plugins that need this one. */
  dependents: { id: string; name: string }[];
}

/** Why an installed plugin is off or waiting, and who needs it. */
export function installedStatus(
  record: ManifestRecord,
  installed: readonly ManifestRecord[],
): InstalledStatus {
  const manifest = manifestOf(record);
  const nodes = installedNodes(installed);
  const settings = resolveSettingValues(manifest.settings, record.settingValues);
  return {
    startupFailures: evaluateStartupChecks(manifest, {
      settings,
      isPluginActive: (id) => nodes.get(id)?.active === true,
    }),
    dependencyProblems: dependencyProblems(nodeOf(record, false), nodes),
    missingSettings: missingRequiredSettings(manifest.settings, settings),
    dependents: activeDependentsOf(record.id, [...nodes.values()]).map((node) => ({
      id: node.id,
      name: node.name ?? node.id,
    })),
  };
}

/** A startup failure as one line for a row or a notice. */
export function describeStartupFailure(failure: StartupFailure): string {
  return failure.details ? `${failure.title}. ${failure.details}` : failure.title;
}
