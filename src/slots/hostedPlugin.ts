/**
 * How one installed plugin is hosted in one slot, from its manifest and the installed list: its surface
 * there, its grants, settings, `plugin.has` map and failing startup checks. Pure: the slot memoizes it.
 */
import { readHostingManifest, type HostingManifest, type SettingField } from '../stac-schema';
import {
  checkRequirements,
  grantsFor,
  missingRequiredSettings,
  resolveSettingValues,
  withheldScopeRoots,
  type DependencyNode,
  type DependencyProblem,
  type PluginGrants,
  type SettingValues,
  type StartupFailure,
} from '../plugin-host';

/** The shape a slot needs from an installed plugin record. */
export interface SlotPlugin {
  id: string;
  name: string;
  version?: string | null;
  slot?: string | null;
  isActive?: boolean | null;
  ui?: unknown;
  /** The user's values of the plugin's declared settings (stored per user by the server). */
  settingValues?: unknown;
  [manifestField: string]: unknown;
}

export interface HostedPlugin {
  manifest: HostingManifest;
  /** The document of this slot's surface. */
  document: unknown;
  grants: PluginGrants;
  withheldScope: Record<string, string>;
  settings: SettingValues;
  missingSettings: SettingField[];
  has: Record<string, boolean>;
  startupFailures: StartupFailure[];
  /** Required dependencies that are missing, off or out of range: the plugin stays off while any is left. */
  dependencyProblems: DependencyProblem[];
}

export function dependencyNodes(plugins: readonly SlotPlugin[]): Map<string, DependencyNode> {
  return new Map(
    plugins.map((plugin) => [
      plugin.id,
      {
        id: plugin.id,
        name: plugin.name,
        version: plugin.version ?? '0.0.0',
        dependencies: readHostingManifest(plugin).manifest.dependencies,
        active: plugin.isActive !== false,
      },
    ]),
  );
}

export function hostPlugin(
  plugin: SlotPlugin,
  slot: string,
  installed: ReadonlyMap<string, DependencyNode>,
): HostedPlugin | null {
  const { manifest } = readHostingManifest(plugin);
  const surface = manifest.surfaces.find((candidate) => candidate.slot === slot);
  if (!surface) return null;
  const grants = grantsFor(manifest);
  const settings = resolveSettingValues(manifest.settings, plugin.settingValues);
  const { has, dependencyProblems, startupFailures } = checkRequirements(
    { id: plugin.id, name: plugin.name, version: plugin.version ?? '0.0.0', manifest, settings },
    installed,
  );
  return {
    manifest,
    document: surface.ui,
    grants,
    withheldScope: withheldScopeRoots(grants),
    settings,
    missingSettings: missingRequiredSettings(manifest.settings, settings),
    has,
    dependencyProblems,
    startupFailures,
  };
}
