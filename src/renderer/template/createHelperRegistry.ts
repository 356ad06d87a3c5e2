import { defaultHelpers } from './defaultHelpers';
import type { TemplateHelper, TemplateHelperRegistry } from './helperTypes';
import { isForbiddenKey } from './forbiddenKeys';

/** Block forms the interpreter implements itself; a host cannot replace them. */
export const BUILTIN_BLOCK_HELPERS: readonly string[] = Object.freeze(['if', 'unless', 'each', 'with']);

/**
 * The default helpers plus a host's own. A host helper may replace a default one (e.g. a `formatDate`
 * that knows the user's preferences), but not the block helpers `if`, `unless`, `each`, `with`.
 */
export function createHelperRegistry(
  extra: Readonly<Record<string, TemplateHelper>> = {},
): TemplateHelperRegistry {
  const registry = Object.assign(Object.create(null) as Record<string, TemplateHelper>, defaultHelpers);
  for (const [name, helper] of Object.entries(extra)) {
    if (BUILTIN_BLOCK_HELPERS.includes(name)) {
      throw new TypeError(
        `createHelperRegistry: "${name}" is a built-in block helper and cannot be replaced.`,
      );
    }
    if (isForbiddenKey(name) || !/^[A-Za-z_$][\w$-]*$/.test(name)) {
      throw new TypeError(`createHelperRegistry: "${name}" is not a usable helper name.`);
    }
    if (typeof helper !== 'function') {
      throw new TypeError(`createHelperRegistry: helper "${name}" must be a function.`);
    }
    registry[name] = helper;
  }
  return Object.freeze(registry);
}
