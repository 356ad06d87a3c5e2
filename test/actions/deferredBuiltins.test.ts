/**
 * The embed's built-in actions and the dispatcher arrive as a chunk when a plugin first runs an action
 * (builtinDefinitions.lazy.ts and actionDispatcher.lazy.ts, put in place by vite.embed.config.ts). Here the lazy
 * twins stand in for the eager modules, as in the embed: the registry lists the same names, the actions do the
 * same, their refusals say the same, and code that cannot be loaded fails only that action, with a message,
 * until the next tap loads it.
 */
import { vi } from 'vitest';
import {
  createActionRegistry,
  defaultActionRegistry,
  dispatch,
  hostMethods,
  invenicumMethods,
  stacActions,
  type ActionDefinition,
} from '../../src/actions';
import { BUILTIN_ACTION_TYPES, BUILTIN_METHOD_NAMES } from '../../src/actions/builtins/builtinNames';
import { createTestContext } from './fakeHostServices';

const chunk = vi.hoisted(() => ({ loads: 0 }));

vi.mock(
  '../../src/actions/builtins/builtinDefinitions',
  () => import('../../src/actions/builtins/builtinDefinitions.lazy'),
);
vi.mock('../../src/actions/builtins/builtinChunk', async (importOriginal) => {
  chunk.loads += 1;
  return importOriginal();
});
vi.mock('../../src/actions/actionDispatcher', () => import('../../src/actions/actionDispatcher.lazy'));
const dispatcher = vi.hoisted(() => ({ loads: 0, refuse: false }));
vi.mock('../../src/actions/dispatch', async (importOriginal) => {
  dispatcher.loads += 1;
  if (dispatcher.refuse) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

/** The built-ins as the app and the server have them, every one loaded. */
const eagerRegistry = createActionRegistry({
  builtins: false,
  actions: stacActions,
  methods: [...invenicumMethods, ...hostMethods],
});

it('knows every built-in by name before any code of theirs is loaded, in the order of their definitions', () => {
  expect([...BUILTIN_ACTION_TYPES]).toEqual(stacActions.map((definition) => definition.actionType));
  expect([...BUILTIN_METHOD_NAMES]).toEqual(
    [...invenicumMethods, ...hostMethods].map((definition) => definition.name),
  );
  expect(defaultActionRegistry.actionTypes).toEqual(eagerRegistry.actionTypes);
  expect(defaultActionRegistry.methodNames).toEqual(eagerRegistry.methodNames);
  expect(defaultActionRegistry.action('showSnackBar')?.kind).toBe('deferred');
  expect(defaultActionRegistry.method('copyToClipboard')?.kind).toBe('deferred');
  expect(chunk.loads).toBe(0);
});

it('fails the pressed action, naming it, when the dispatcher cannot be loaded, and runs it on the next tap', async () => {
  dispatcher.refuse = true;
  const ctx = createTestContext();
  const failed = await dispatch({ method: 'showAlert', params: { message: 'Hi' } }, ctx);
  expect(failed).toMatchObject({ ok: false, error: { code: 'load_failed', method: 'showAlert' } });
  // (vitest words the refused import its own way inside the parentheses)
  expect(ctx.errors).toHaveLength(1);
  expect(ctx.errors[0].message).toMatch(
    /^The code of "showAlert" could not be loaded \(.+\)\. Check the connection and try again\.$/,
  );
  expect(ctx.services.notes).toEqual([]);

  dispatcher.refuse = false;
  expect(await dispatch({ method: 'showAlert', params: { message: 'Hi' } }, ctx)).toEqual({ ok: true });
  expect(ctx.services.notes).toEqual(['Hi']);
  expect(dispatcher.loads).toBe(2);
});

it('runs deferred actions and methods as the eager ones do, loading their code once', async () => {
  const ctx = createTestContext();
  const snack = await dispatch({ actionType: 'showSnackBar', content: 'Saved <<asset.name>>' }, ctx);
  const alert = await dispatch({ method: 'showAlert', params: { message: 'Hello {{asset.name}}' } }, ctx);
  const go = await dispatch({ actionType: 'navigate', routeName: '/assets/<<asset.id>>' }, ctx);
  expect([snack.ok, alert.ok, go.ok]).toEqual([true, true, true]);
  expect(ctx.services.snackBars.map((request) => request.content)).toEqual(['Saved Drill']);
  expect(ctx.services.notes).toEqual(['Hello Drill']);
  expect(ctx.services.navigations).toHaveLength(1);
  expect(ctx.errors).toEqual([]);
  expect(chunk.loads).toBe(1);
  expect(dispatcher.loads).toBe(2);
});

it('refuses bad params and unknown actions with the same codes and messages as the eager built-ins', async () => {
  const refused = [
    { actionType: 'navigate' },
    { actionType: 'showSnackBar' },
    { method: 'copyToClipboard', params: {} },
    { actionType: 'navigat', routeName: '/x' },
    { method: 'getUserNam' },
  ];
  const eagerCtx = createTestContext();
  const lazyCtx = createTestContext();
  for (const action of refused) {
    const eager = await dispatch(action, eagerCtx, eagerRegistry);
    expect(eager.ok).toBe(false);
    expect(await dispatch(action, lazyCtx)).toEqual(eager);
  }
  expect(lazyCtx.errors.map((error) => error.code)).toEqual([
    'invalid_params',
    'invalid_params',
    'invalid_params',
    'unknown_action',
    'unknown_method',
  ]);
  expect(lazyCtx.errors).toEqual(eagerCtx.errors);
});

it('fails only the action whose code could not be loaded, saying what to do, and loads it on the next tap', async () => {
  const snackBar = stacActions.find((definition) => definition.actionType === 'showSnackBar');
  let refuse = true;
  const registry = createActionRegistry({
    builtins: false,
    actions: [
      {
        kind: 'deferred',
        name: 'showSnackBar',
        load: async (): Promise<ActionDefinition> => {
          if (refuse) throw new TypeError('Failed to fetch dynamically imported module');
          return snackBar!;
        },
      },
    ],
  });
  const ctx = createTestContext();
  const failed = await dispatch({ actionType: 'showSnackBar', content: 'Saved' }, ctx, registry);
  expect(failed).toMatchObject({ ok: false, error: { code: 'load_failed', actionType: 'showSnackBar' } });
  expect(ctx.errors[0]?.message).toBe(
    'The code of "showSnackBar" could not be loaded (Failed to fetch dynamically imported module). Check the connection and try again.',
  );
  expect(ctx.services.snackBars).toEqual([]);

  refuse = false;
  const retried = await dispatch({ actionType: 'showSnackBar', content: 'Saved' }, ctx, registry);
  expect(retried).toEqual({ ok: true });
  expect(ctx.services.snackBars.map((request) => request.content)).toEqual(['Saved']);
});
