/**
 * Installing a plugin of the catalog: what it needs is planned first (cycles, unmet ranges and plugins
 * nobody can see are refused before anything is written), missing dependencies are offered
 * (DEPENDENCIES_REQUIRED until `installDependencies`), every planned plugin's permissions need consent,
 * then all are installed in one step, each switched on only if its dependencies and startup checks hold.
 */
import {
  consentRefusal,
  dependenciesRequired,
  dependencyRefusal,
  permissionList,
  planPluginInstall,
  unconsented,
  type DependencyProblem,
  type StartupFailure,
} from '../../src/plugin-host/index';
import { ApiError, refusal } from '../http/apiError';
import {
  activationVerdict,
  dependencyNodeOf,
  installedNodes,
  manifestOfRow,
  type InstalledRow,
} from '../plugins/pluginHosting';
import type { PlannedInstall, PluginRow, PluginStore } from '../store/pluginStore';
import type { InstalledPluginFacts } from './pluginInstalledEvent';

/** Why a planned plugin starts switched off. */
export interface Blocked {
  startupFailures: StartupFailure[];
  dependencyProblems: DependencyProblem[];
}

type Planned = { id: string; row: PluginRow };

export const alreadyInstalled = (name: string, pluginId: string) =>
  new ApiError(409, 'ALREADY_INSTALLED', `"${name}" is already installed.`, { pluginId });

/** What the consent screen must ask for: each plugin with the permissions the user has not accepted. */
export function consentNeeded(plan: readonly Planned[], accepted: readonly string[]) {
  return plan
    .map(({ id, row }) => ({
      pluginId: id,
      name: row.name,
      version: row.version,
      permissions: permissionList(unconsented(manifestOfRow(row).permissions, accepted)),
    }))
    .filter((entry) => entry.permissions.length > 0);
}

/** A would-be install row: what the activation rules read before the row exists. */
export function asInstalledRow(id: string, row: PluginRow, isActive: boolean): InstalledRow {
  return { ...row, plugin_id: id, is_active: isActive ? 1 : 0, settings_json: '{}' };
}

/** Decides which planned plugins start switched on: those whose dependencies and checks hold. */
function activationOf(plan: readonly Planned[], installed: readonly InstalledRow[]) {
  const rows = [...installed];
  const blocked = new Map<string, Blocked>();
  for (const { id, row } of plan) {
    const candidate = asInstalledRow(id, row, true);
    const verdict = activationVerdict(candidate, [...rows, candidate]);
    if (!verdict.ok) blocked.set(id, verdict);
    rows.push({ ...candidate, is_active: verdict.ok ? 1 : 0 });
  }
  return blocked;
}

/** The plan reads synchronously: every plugin the dependency graph can reach is loaded first (64 at most). */
async function reachablePlugins(target: PluginRow, visible: (id: string) => Promise<PluginRow | undefined>) {
  const reachable = new Map<string, PluginRow>([[target.id, target]]);
  const pending = [target];
  while (pending.length > 0 && reachable.size <= 64) {
    for (const dependency of manifestOfRow(pending.shift()!).dependencies) {
      if (reachable.has(dependency.id) || dependency.optional) continue;
      const row = await visible(dependency.id);
      if (row) {
        reachable.set(dependency.id, row);
        pending.push(row);
      }
    }
  }
  return reachable;
}

export async function installCatalogPlugin(
  plugins: PluginStore,
  userId: number,
  target: PluginRow,
  body: { acceptPermissions?: string[]; installDependencies?: boolean },
  visible: (id: string) => Promise<PluginRow | undefined>,
): Promise<{ order: string[]; blocked: Map<string, Blocked>; added: InstalledPluginFacts[] }> {
  const installed = await plugins.listInstalls(userId);
  if (installed.some((row) => row.plugin_id === target.id)) throw alreadyInstalled(target.name, target.id);
  const reachable = await reachablePlugins(target, visible);
  const plan = planPluginInstall(dependencyNodeOf(target.id, target), installedNodes(installed), (id) => {
    const row = reachable.get(id);
    return row && dependencyNodeOf(id, row);
  });
  if (!plan.ok) throw refusal(dependencyRefusal(plan.problems));
  const ordered = plan.order.map((node) => ({ id: node.id, row: reachable.get(node.id)! }));
  if (plan.missing.length > 0 && body.installDependencies !== true) {
    const missing = plan.missing.map((node) => {
      const row = reachable.get(node.id)!;
      const permissions = permissionList(manifestOfRow(row).permissions ?? []);
      return { id: node.id, name: row.name, version: row.version, permissions };
    });
    throw refusal(
      dependenciesRequired(
        target.name,
        missing,
        plan.order.map((node) => node.id),
      ),
    );
  }
  const needed = consentNeeded(ordered, body.acceptPermissions ?? []);
  if (needed.length > 0) throw refusal(consentRefusal(needed, `“${target.name}”`));
  const blocked = activationOf(ordered, installed);
  const entries: PlannedInstall[] = ordered.map(({ id, row }) => ({
    plugin: row,
    isActive: !blocked.has(id),
    consent: manifestOfRow(row).permissions,
  }));
  if ((await plugins.installPlan(userId, entries)) === 'already_installed')
    throw alreadyInstalled(target.name, target.id);
  return {
    order: ordered.map((entry) => entry.id),
    blocked,
    added: ordered.map(({ id, row }) => ({ id, name: row.name, version: row.version, author: row.author })),
  };
}
