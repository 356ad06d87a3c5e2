/**
 * The embed's builtinDefinitions (vite.embed.config.ts puts it in place of builtinDefinitions.ts): the entry
 * knows only the built-ins' names (builtinNames.ts); their params schemas and handlers (the dialogs, requests,
 * navigation, ...) are one chunk that the dispatcher loads when a plugin first runs an action. A chunk that
 * cannot be loaded fails that action with a message (the slot shows it as any failed action), and the next
 * tap tries again.
 */
import { chunkLoader } from '../../stac-schema';
import type { ActionDefinition, DeferredDefinition, MethodDefinition } from '../defineAction';
import { BUILTIN_ACTION_TYPES, BUILTIN_METHOD_NAMES } from './builtinNames';

type BuiltinChunk = typeof import('./builtinChunk');

const builtinChunk = chunkLoader(() => import('./builtinChunk'));
const loadChunk = (): Promise<BuiltinChunk> => builtinChunk.load();

/** One deferred definition per name, each found in the chunk by `pick` once the chunk is there. */
function deferEach<D extends ActionDefinition | MethodDefinition>(
  names: readonly string[],
  pick: (chunk: BuiltinChunk, name: string) => D | undefined,
): DeferredDefinition<D>[] {
  return names.map((name) => ({
    kind: 'deferred',
    name,
    load: () =>
      loadChunk().then((chunk) => {
        const definition = pick(chunk, name);
        if (!definition) throw new Error(`The built-in "${name}" is missing from its chunk.`);
        return definition;
      }),
  }));
}

export const builtinActionDefinitions: readonly DeferredDefinition<ActionDefinition>[] = deferEach(
  BUILTIN_ACTION_TYPES,
  (chunk, name) => chunk.stacActions.find((definition) => definition.actionType === name),
);

export const builtinMethodDefinitions: readonly DeferredDefinition<MethodDefinition>[] = deferEach(
  BUILTIN_METHOD_NAMES,
  (chunk, name) =>
    [...chunk.invenicumMethods, ...chunk.hostMethods].find((definition) => definition.name === name),
);

/**
 * Starts fetching the built-ins' chunk ahead of a press (the embed calls it when the user's pointer or focus
 * enters a slot): the first press then runs at once, and an action that needs the press's user activation
 * (the clipboard, a new window) still has it. A failure here is forgotten; the press tries again.
 */
export function preloadBuiltinActions(): void {
  loadChunk().catch(() => undefined);
}
