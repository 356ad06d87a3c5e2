/**
 * Plugins that need other plugins: whether what a plugin needs is there, in a version it accepts, and in
 * which order a set of plugins activates (dependencies first, as Mudstack's runtime loads them). A cycle or a
 * range no installed or available version meets is an error before anything is written.
 */
import { versionSatisfies, type PluginDependency } from '../stac-schema';

export type DependencyErrorCode =
  'DEPENDENCY_CYCLE' | 'DEPENDENCY_MISSING' | 'DEPENDENCY_VERSION' | 'DEPENDENCY_INACTIVE';

export interface DependencyProblem {
  code: DependencyErrorCode;
  /** The plugin that has the dependency. */
  pluginId: string;
  dependencyId: string;
  range: string;
  optional: boolean;
  message: string;
}

/** What the host knows about a plugin when resolving: its version and what it depends on. */
export interface DependencyNode {
  id: string;
  name?: string;
  version: string;
  dependencies: readonly PluginDependency[];
  active?: boolean;
}

export type ActivationOrder = { ok: true; order: string[] } | { ok: false; cycle: string[]; message: string };

/**
 * Dependencies before dependents (depth-first topological order, stable in the input order). Dependencies on
 * plugins outside `nodes` are ignored here: `dependencyProblems` reports them.
 */
export function activationOrder(nodes: readonly DependencyNode[]): ActivationOrder {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const stack: string[] = [];
  let cycle: string[] | null = null;

  const visit = (id: string): void => {
    if (cycle) return;
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      cycle = [...stack.slice(stack.indexOf(id)), id];
      return;
    }
    state.set(id, 'visiting');
    stack.push(id);
    for (const dependency of byId.get(id)?.dependencies ?? [])
      if (byId.has(dependency.id)) visit(dependency.id);
    stack.pop();
    state.set(id, 'done');
    order.push(id);
  };
  for (const node of nodes) visit(node.id);
  if (cycle) {
    const path: string[] = cycle;
    return {
      ok: false,
      cycle: path,
      message: `These plugins depend on each other in a circle: ${path.join(' → ')}. Remove one of the dependencies.`,
    };
  }
  return { ok: true, order };
}

/**
 * What is wrong with the dependencies of `plugin` among `available` (installed plugins, or installed plus
 * what an install would add). Optional dependencies that are missing are not problems: the plugin reads
 * `<<plugin.has.id>>` to adapt.
 */
export function dependencyProblems(
  plugin: DependencyNode,
  available: ReadonlyMap<string, DependencyNode>,
): DependencyProblem[] {
  const problems: DependencyProblem[] = [];
  const name = plugin.name ?? plugin.id;
  for (const dependency of plugin.dependencies) {
    const base = {
      pluginId: plugin.id,
      dependencyId: dependency.id,
      range: dependency.range,
      optional: dependency.optional,
    };
    const found = available.get(dependency.id);
    if (!found) {
      if (!dependency.optional) {
        problems.push({
          ...base,
          code: 'DEPENDENCY_MISSING',
          message: `“${name}” needs the plugin “${dependency.id}” (${dependency.range}), which is not installed; install it first.`,
        });
      }
      continue;
    }
    if (!versionSatisfies(found.version, dependency.range)) {
      problems.push({
        ...base,
        code: 'DEPENDENCY_VERSION',
        message: `“${name}” needs “${found.name ?? dependency.id}” ${dependency.range}, but version ${found.version} is ${found.active === undefined ? 'available' : 'installed'}; ${dependency.optional ? 'it is ignored until a matching version is installed' : 'install a matching version'}.`,
      });
      continue;
    }
    if (found.active === false && !dependency.optional) {
      problems.push({
        ...base,
        code: 'DEPENDENCY_INACTIVE',
        message: `“${name}” needs “${found.name ?? dependency.id}”, which is switched off; switch it on first.`,
      });
    }
  }
  return problems;
}

/** Active plugins that need `id` (not optionally): what switching it off or uninstalling it would stop. */
export function activeDependentsOf(id: string, plugins: readonly DependencyNode[]): DependencyNode[] {
  return plugins.filter(
    (plugin) =>
      plugin.id !== id &&
      plugin.active !== false &&
      plugin.dependencies.some((dependency) => dependency.id === id && !dependency.optional),
  );
}

/** `{ [dependencyId]: true|false }` for `<<plugin.has.id>>`: whether each dependency is installed, active and in range. */
export function dependencyPresence(
  dependencies: readonly PluginDependency[],
  available: ReadonlyMap<string, DependencyNode>,
): Record<string, boolean> {
  const has: Record<string, boolean> = {};
  for (const dependency of dependencies) {
    const found = available.get(dependency.id);
    has[dependency.id] =
      !!found && found.active !== false && versionSatisfies(found.version, dependency.range);
  }
  return has;
}
