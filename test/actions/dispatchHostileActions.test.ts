import { z } from 'zod';
import { createActionRegistry, defineMethod, dispatch, type ActionErrorCode } from '../../src/actions';
import { createTestContext } from './fakeHostServices';

function nestedSetValue(depth: number): unknown {
  let action: unknown = { method: 'showAlert', params: { message: 'bottom' } };
  for (let level = 0; level < depth; level += 1) {
    action = { actionType: 'setValue', values: [{ key: `v${level}`, value: level }], action };
  }
  return action;
}

const manySteps = {
  actionType: 'multiAction',
  actions: Array.from({ length: 10_000 }, (_, index) => ({
    method: 'showAlert',
    params: { message: `step ${index}` },
  })),
};

const registry = createActionRegistry({
  urlPolicy: { origin: 'http://app.test' },
  methods: [
    defineMethod('explode', z.object({}), () => {
      throw new TypeError('host bug');
    }),
  ],
});

const hostile: [string, unknown, ActionErrorCode][] = [
  ['an unknown actionType', { actionType: 'formatDisk' }, 'unknown_action'],
  [
    'an unknown SDK method',
    { actionType: 'invenicum_sdk', method: 'deleteAllAssets', params: {} },
    'unknown_method',
  ],
  ['"constructor" as a method', { method: 'constructor', params: {} }, 'unknown_method'],
  ['"toString" as a method', { actionType: 'invenicum_sdk', method: 'toString' }, 'unknown_method'],
  ['"__proto__" as an actionType', JSON.parse('{"actionType": "__proto__"}'), 'unknown_action'],
  ['"hasOwnProperty" as an actionType', { actionType: 'hasOwnProperty' }, 'unknown_action'],
  ['a number as actionType', { actionType: 7 }, 'unknown_action'],
  ['a string instead of an action', 'navigate', 'unknown_action'],
  ['an action without actionType', { url: '/x' }, 'unknown_action'],
  [
    'a number where showAlert wants a message',
    { method: 'showAlert', params: { message: 5 } },
    'invalid_params',
  ],
  ['params that are a list', { method: 'showAlert', params: ['hi'] }, 'invalid_params'],
  [
    'a setValue key reaching the prototype',
    { actionType: 'setValue', values: [{ key: '__proto__', value: { polluted: true } }] },
    'invalid_params',
  ],
  [
    'a networkRequest to another origin',
    { actionType: 'networkRequest', url: 'https://evil.example/steal' },
    'url_refused',
  ],
  [
    'a protocol-relative request',
    { actionType: 'networkRequest', url: '//evil.example/steal' },
    'url_refused',
  ],
  ['a javascript: request', { actionType: 'networkRequest', url: 'javascript:alert(1)' }, 'url_refused'],
  [
    'a javascript: route',
    { actionType: 'navigate', routeName: 'javascript:alert(document.cookie)' },
    'navigation_refused',
  ],
  [
    'a javascript: route hidden with a tab',
    { actionType: 'navigate', routeName: 'java\tscript:alert(1)' },
    'navigation_refused',
  ],
  [
    'a data: route',
    { actionType: 'navigate', routeName: 'data:text/html,<script>alert(1)</script>' },
    'navigation_refused',
  ],
  [
    'a navigation off the app',
    { method: 'navigate', params: { path: 'https://evil.example' } },
    'navigation_refused',
  ],
  ['a 10,000-step multiAction', manySteps, 'limit_exceeded'],
  ['a setValue nested 200 deep', nestedSetValue(200), 'limit_exceeded'],
  ['a one-hour delay', { actionType: 'delay', milliseconds: 3_600_000 }, 'limit_exceeded'],
  ['a host method that throws', { method: 'explode', params: {} }, 'handler_failed'],
];

describe('hostile actions end in a clear error event, and the next good action still works', () => {
  it.each(hostile)('%s', async (_name, action, code) => {
    const ctx = createTestContext();
    const result = await dispatch(action, ctx, registry);

    expect(result.ok).toBe(false);
    expect(ctx.errors).toHaveLength(1);
    expect(ctx.errors[0].code).toBe(code);
    expect(ctx.errors[0].message.length).toBeGreaterThan(20);
    expect(ctx.errors[0].path).toBe('ui.onPressed');
    // Nothing of the hostile action reached the host.
    expect(ctx.services.notes).toEqual([]);
    expect(ctx.services.navigations).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const good = await dispatch({ method: 'showAlert', params: { message: 'still working' } }, ctx, registry);
    expect(good.ok).toBe(true);
    expect(ctx.services.notes).toEqual(['still working']);
  });

  it('names the offending param in an invalid_params message', async () => {
    const ctx = createTestContext();
    await dispatch({ method: 'showAlert', params: { message: 5 } }, ctx, registry);
    expect(ctx.errors[0]).toMatchObject({
      code: 'invalid_params',
      method: 'showAlert',
      actionType: 'invenicum_sdk',
    });
    expect(ctx.errors[0].message).toMatch(/params\.message: .*string/i);
  });

  it('stops a 10,000-step multiAction before any step runs, quickly', async () => {
    const ctx = createTestContext();
    const started = performance.now();
    await dispatch(manySteps, ctx, registry);
    expect(performance.now() - started).toBeLessThan(500);
    expect(ctx.services.notes).toEqual([]);
    expect(ctx.errors[0].message).toContain('1000');
  });

  it('counts nested steps too: 40 multiActions of 40 steps run out of budget', async () => {
    const ctx = createTestContext();
    const inner = {
      actionType: 'multiAction',
      sync: true,
      actions: Array.from({ length: 40 }, () => ({ actionType: 'none' })),
    };
    const result = await dispatch(
      { actionType: 'multiAction', sync: true, actions: Array.from({ length: 40 }, () => inner) },
      ctx,
      registry,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'limit_exceeded' } });
  });

  it('never throws, even when the host error callback does', async () => {
    const ctx = createTestContext();
    ctx.onError = () => {
      throw new Error('host logger broke');
    };
    await expect(dispatch({ actionType: 'nope' }, ctx, registry)).resolves.toMatchObject({ ok: false });
  });
});
