/**
 * The widget registry: widget type -> React component. One per StacView; hosts extend or override it with
 * `createWidgetRegistry`, plugins cannot touch it.
 */
import type { StacWidgetComponent, StacWidgetRegistry } from './contract';
import { defaultWidgetRegistry } from './widgets';

export { defaultWidgetRegistry, isBuiltInWidget, loadWidgetFamilies } from './widgets';

/**
 * A registry with `overrides` on top of `base` (default: `defaultWidgetRegistry`). Pass `null` as a value to
 * remove a type. Lookups read own properties only, so `constructor` or `toString` are never widget types.
 */
export function createWidgetRegistry(
  overrides: Readonly<Record<string, StacWidgetComponent | null>> = {},
  base: StacWidgetRegistry = defaultWidgetRegistry,
): StacWidgetRegistry {
  const registry: Record<string, StacWidgetComponent> = {};
  for (const [type, component] of Object.entries(base)) registry[type] = component;
  for (const [type, component] of Object.entries(overrides)) {
    if (type === '__proto__' || type === '') continue;
    if (component === null) delete registry[type];
    else if (component !== undefined) registry[type] = component;
  }
  return Object.freeze(registry);
}
