/**
 * What installing a plugin takes: the plugins it needs that are not installed yet (found among those the
 * host may install, e.g. the catalog), in the order they must be installed and activated, or the reasons it
 * cannot be done. Computed before anything is written, so a cycle or an unmet range refuses the install
 * whole instead of leaving half of it behind.
 */
import { versionSatisfies } from '../stac-schema';
import { activationOrder, type DependencyNode, type DependencyProblem } from './dependencies';

export type InstallPlan =
  | {
      ok: true;
      /** Dependencies first, the plugin itself last. */
      order: DependencyNode[];
      /** The plugins of `order` other than the target: what the user is offered to install with it. */
      missing: DependencyNode[];
    }
  | { ok: false; problems: DependencyProblem[] };

/**
 * @param installed the user's installed plugins by id
 * @param findAvailable a plugin the host could install (its current version), or undefined
 */
export function planPluginInstall(
  target: DependencyNode,
  installed: ReadonlyMap<string, DependencyNode>,
  findAvailable: (id: string) => DependencyNode | undefined,
): InstallPlan {
  const planned = new Map<string, DependencyNode>([[target.id, target]]);
  const problems: DependencyProblem[] = [];
  const queue: DependencyNode[] = [target];
  while (queue.length > 0) {
    const plugin = queue.shift()!;
    const name = plugin.name ?? plugin.id;
    for (const dependency of plugin.dependencies) {
      // Optional dependencies are never installed on the plugin's behalf: it reads plugin.has.<id>.
      if (dependency.optional) continue;
      const base = {
        pluginId: plugin.id,
        dependencyId: dependency.id,
        range: dependency.range,
        optional: false,
      };
      const present = installed.get(dependency.id);
      if (present) {
        if (!versionSatisfies(present.version, dependency.range))
          problems.push({
            ...base,
            code: 'DEPENDENCY_VERSION',
            message: `“${name}” needs “${present.name ?? dependency.id}” ${dependency.range}, but version ${present.version} is installed; update it first.`,
          });
        continue;
      }
      if (planned.has(dependency.id)) continue;
      const available = findAvailable(dependency.id);
      if (!available) {
        problems.push({
          ...base,
          code: 'DEPENDENCY_MISSING',
          message: `“${name}” needs the plugin “${dependency.id}”, which is neither installed nor in the catalog; it cannot be installed here.`,
        });
        continue;
      }
      if (!versionSatisfies(available.version, dependency.range)) {
        problems.push({
          ...base,
          code: 'DEPENDENCY_VERSION',
          message: `“${name}” needs “${available.name ?? dependency.id}” ${dependency.range}, but the catalog has version ${available.version}; ask its author for a matching version.`,
        });
        continue;
      }
      planned.set(dependency.id, available);
      queue.push(available);
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  // A cycle may close through plugins already installed, so they take part in the check.
  const everyone = [...planned.values(), ...[...installed.values()].filter((node) => !planned.has(node.id))];
  const sorted = activationOrder(everyone);
  if (!sorted.ok) {
    return {
      ok: false,
      problems: [
        {
          code: 'DEPENDENCY_CYCLE',
          pluginId: target.id,
          dependencyId: sorted.cycle[1] ?? target.id,
          range: '*',
          optional: false,
          message: sorted.message,
        },
      ],
    };
  }
  const order = sorted.order.filter((id) => planned.has(id)).map((id) => planned.get(id)!);
  return { ok: true, order, missing: order.filter((node) => node.id !== target.id) };
}
