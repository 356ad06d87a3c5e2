/**
 * Whether an installed plugin may be switched on now, decided one way for every host that keeps installs
 * (the reference server over its rows, the mock Plugin API over its records): every required dependency
 * installed, in range and on, and every startup check holding against the user's settings and installs.
 */
import type { PluginManifest } from '../stac-schema';
import { dependencyProblems, type DependencyNode, type DependencyProblem } from './dependencies';
import { resolveSettingValues } from './settings';
import { evaluateStartupChecks, type StartupFailure } from './startupChecks';

export type ActivationVerdict =
  { ok: true } | { ok: false; dependencyProblems: DependencyProblem[]; startupFailures: StartupFailure[] };

/** One install as the activation rules read it. */
export interface ActivationSubject {
  node: DependencyNode;
  manifest: PluginManifest;
  /** The user's stored setting values (unchecked: defaults fill what is missing). */
  settingValues: unknown;
}

/** `others` are the user's other installs by id (the subject itself is ignored if present). */
export function activationVerdict(
  subject: ActivationSubject,
  others: ReadonlyMap<string, DependencyNode>,
): ActivationVerdict {
  const { node, manifest } = subject;
  const nodes = new Map([...others].filter(([id]) => id !== node.id));
  const problems = dependencyProblems(node, nodes);
  const failures = evaluateStartupChecks(manifest, {
    settings: resolveSettingValues(manifest.settings, subject.settingValues),
    isPluginActive: (id) => nodes.get(id)?.active === true,
  });
  return problems.length === 0 && failures.length === 0
    ? { ok: true }
    : { ok: false, dependencyProblems: problems, startupFailures: failures };
}
