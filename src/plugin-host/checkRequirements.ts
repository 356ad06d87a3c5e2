/**
 * What a plugin's requirements say in a slot: its `plugin.has` map, the required plugins that are missing,
 * off or out of range, and the startup checks that fail. Reached through requirementChecks.ts, whose embed
 * twin loads this module (with the checks it runs) only for a list where a plugin declares any requirement.
 */
import type { PluginManifest } from '../stac-schema';
import {
  dependencyPresence,
  dependencyProblems,
  type DependencyNode,
  type DependencyProblem,
} from './dependencies';
import type { SettingValues } from './settings';
import { evaluateStartupChecks, type StartupFailure } from './startupChecks';

/** One plugin as a slot hosts it: its record's names and version, its manifest and its resolved settings. */
export interface RequirementSubject {
  id: string;
  name: string;
  version: string;
  manifest: Pick<PluginManifest, 'dependencies' | 'startupChecks' | 'requiresHost'>;
  settings: SettingValues;
}

export interface RequirementChecks {
  has: Record<string, boolean>;
  /** Required dependencies that are missing, off or out of range: the plugin stays off while any is left. */
  dependencyProblems: DependencyProblem[];
  startupFailures: StartupFailure[];
}

/** `installed` are the list's plugins by id, the subject among them or not. */
export function checkRequirements(
  subject: RequirementSubject,
  installed: ReadonlyMap<string, DependencyNode>,
): RequirementChecks {
  const { manifest } = subject;
  return {
    has: dependencyPresence(manifest.dependencies, installed),
    dependencyProblems: dependencyProblems(
      { id: subject.id, name: subject.name, version: subject.version, dependencies: manifest.dependencies },
      installed,
    ),
    startupFailures: evaluateStartupChecks(manifest, {
      settings: subject.settings,
      isPluginActive: (id) => {
        const found = installed.get(id);
        return !!found && found.active !== false;
      },
    }),
  };
}
