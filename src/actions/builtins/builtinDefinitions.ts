/**
 * The built-in actions and SDK methods the registry starts with. The embed's build puts
 * builtinDefinitions.lazy.ts in its place (vite.embed.config.ts), where each is a deferred definition whose
 * code is loaded when a plugin first runs one.
 */
import type { ActionDefinition, DeferredDefinition, MethodDefinition } from '../defineAction';
import { hostMethods } from './hostMethods';
import { invenicumMethods } from './invenicumMethods';
import { stacActions } from './stacActions';

export const builtinActionDefinitions: readonly (ActionDefinition | DeferredDefinition<ActionDefinition>)[] =
  stacActions;

export const builtinMethodDefinitions: readonly (MethodDefinition | DeferredDefinition<MethodDefinition>)[] =
  [...invenicumMethods, ...hostMethods];

/** Where the built-ins are bundled (the app, server rendering) there is nothing to fetch ahead. */
export function preloadBuiltinActions(): void {}
