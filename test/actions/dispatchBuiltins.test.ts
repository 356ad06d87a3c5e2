import { dispatch } from '../../src/actions';
import { readCorpusJson } from '../fixtures/paths';
import { createTestContext } from './fakeHostServices';

function corpus(name: string): unknown {
  return readCorpusJson('stac', name);
}

/** Finds the first action object under `key` in a corpus document (the gallery nests them deeply). */
function findAction(
  node: unknown,
  predicate: (action: Record<string, unknown>) => boolean,
): Record<string, unknown> {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) stack.push(...current);
    else if (current !== null && typeof current === 'object') {
      const record = current as Record<string, unknown>;
      if (typeof record.actionType === 'string' && predicate(record)) return record;
      stack.push(...Object.values(record));
    }
  }
  throw new Error('no such action in the document');
}

describe('Stac navigate', () => {
  const navigation = corpus('gallery__navigation_example.json');
  const byStyle = (style: string) => findAction(navigation, (a) => a.navigationStyle === style);

  it.each([
    ['push', { kind: 'widget', style: 'push', clearStack: false }],
    ['pushReplacement', { kind: 'widget', style: 'replace', clearStack: false }],
    ['pushAndRemoveAll', { kind: 'widget', style: 'replace', clearStack: true }],
  ])('turns the gallery "%s" button into a widget page request', async (style, expected) => {
    const ctx = createTestContext();
    await dispatch(byStyle(style), ctx);
    expect(ctx.services.navigations).toEqual([
      {
        ...expected,
        widgetJson: { type: 'exampleScreen', assetPath: 'assets/json/navigation_example.json' },
      },
    ]);
  });

  it.each([
    ['pop', { kind: 'pop', result: undefined, all: false }],
    ['popAll', { kind: 'pop', result: undefined, all: true }],
    ['pushNamed', { kind: 'push', path: '/detailsScreen' }],
    ['pushReplacementNamed', { kind: 'replace', path: '/detailsScreen' }],
    ['pushNamedAndRemoveAll', { kind: 'replace', path: '/homeScreen', clearStack: true }],
  ])('turns the gallery "%s" button into a route request', async (style, expected) => {
    const ctx = createTestContext();
    await dispatch(byStyle(style), ctx);
    expect(ctx.services.navigations).toEqual([expected]);
    expect(ctx.errors).toEqual([]);
  });

  it('loads an assetPath page through the host, and says what to do when the host has no assets', async () => {
    const variable = corpus('gallery__variable_example.json');
    const onPressed = findAction(variable, (a) => a.actionType === 'setValue');
    const page = { type: 'text', data: 'phone: {{phone}}' };
    const withAssets = createTestContext({
      services: {
        loadAsset: async (path) => (path === 'assets/json/variable_navigate_example.json' ? page : null),
      },
    });
    await dispatch(onPressed, withAssets);
    expect(withAssets.variableStore).toEqual({ phone: '1234567890' });
    expect(withAssets.services.navigations).toEqual([
      { kind: 'widget', widgetJson: page, style: 'push', clearStack: false },
    ]);

    const withoutAssets = createTestContext();
    const result = await dispatch(onPressed, withoutAssets);
    expect(result.ok).toBe(false);
    expect(withoutAssets.errors[0]).toMatchObject({ code: 'handler_failed', actionType: 'navigate' });
    expect(withoutAssets.errors[0].message).toContain('assets/json/variable_navigate_example.json');
  });

  it('needs a target', async () => {
    const ctx = createTestContext();
    await dispatch({ actionType: 'navigate' }, ctx);
    expect(ctx.errors[0]).toMatchObject({ code: 'invalid_params', actionType: 'navigate' });
  });
});

describe('dialogs, sheets and snack bars', () => {
  it('opens the gallery alert dialog with its widget and waits for it to close', async () => {
    const dialogDoc = corpus('gallery__dialog_example.json');
    const action = findAction(dialogDoc, (a) => a.actionType === 'showDialog');
    const ctx = createTestContext();
    const result = await dispatch(action, ctx);
    expect(result).toEqual({ ok: true, value: 'closed' });
    expect(ctx.services.dialogs).toEqual([
      { widget: action.widget, kind: 'dialog', dismissible: true, label: undefined },
    ]);
  });

  it('opens a bottom sheet, honouring isDismissible', async () => {
    const ctx = createTestContext();
    const widget = { type: 'text', data: 'Sheet' };
    await dispatch(
      { actionType: 'showModalBottomSheet', widget, isDismissible: false, barrierLabel: 'Options' },
      ctx,
    );
    expect(ctx.services.dialogs).toEqual([
      { widget, kind: 'bottomSheet', dismissible: false, label: 'Options' },
    ]);
  });

  it('shows the gallery snack bar with its Done button, which only closes it', async () => {
    const home = corpus('gallery__home_screen.json');
    const ctx = createTestContext();
    await dispatch(
      findAction(home, (a) => a.actionType === 'showSnackBar'),
      ctx,
    );
    const [snackBar] = ctx.services.snackBars;
    expect(snackBar.content).toEqual({ type: 'text', data: 'This is a Snackbar' });
    expect(snackBar.actionLabel).toBe('Done');
    expect(snackBar.onAction).toBeUndefined();
  });

  it('converts a Stac duration and runs the snack bar action when its button is pressed later', async () => {
    const ctx = createTestContext();
    await dispatch(
      {
        actionType: 'showSnackBar',
        content: { type: 'text', data: 'Deleted' },
        duration: { seconds: 2, milliseconds: 500 },
        action: {
          label: 'Undo',
          onPressed: { method: 'showAlert', params: { message: 'Restored {{asset.name}}' } },
        },
      },
      ctx,
    );
    const [snackBar] = ctx.services.snackBars;
    expect(snackBar.durationMs).toBe(2500);
    snackBar.onAction?.();
    await vi.waitFor(() => expect(ctx.services.notes).toEqual(['Restored Drill']), { timeout: 15_000 });
  });

  it('requires snack bar content', async () => {
    const ctx = createTestContext();
    await dispatch({ actionType: 'showSnackBar' }, ctx);
    expect(ctx.errors[0]).toMatchObject({ code: 'invalid_params', actionType: 'showSnackBar' });
    expect(ctx.errors[0].message).toContain('params.content');
  });
});

describe('setValue, multiAction, delay, none', () => {
  it('stores values as variables and runs the nested action with them in scope', async () => {
    const ctx = createTestContext();
    await dispatch(
      {
        actionType: 'setValue',
        values: [
          { key: 'owner', value: '{{asset.name}} owner' },
          { key: 'count', value: 3 },
        ],
        action: { method: 'showAlert', params: { message: '{{owner}} has {{count}}' } },
      },
      ctx,
    );
    expect(ctx.variableStore).toEqual({ owner: 'Drill owner', count: 3 });
    expect(ctx.services.notes).toEqual(['Drill owner has 3']);
  });

  it('runs multiAction steps in parallel by default and in order with sync', async () => {
    const slowThenFast = [
      {
        actionType: 'multiAction',
        sync: true,
        actions: [
          { actionType: 'delay', milliseconds: 20 },
          { method: 'showAlert', params: { message: 'slow' } },
        ],
      },
      { method: 'showAlert', params: { message: 'fast' } },
    ];
    const parallel = createTestContext();
    await dispatch({ actionType: 'multiAction', actions: slowThenFast }, parallel);
    expect(parallel.services.notes).toEqual(['fast', 'slow']);

    const inOrder = createTestContext();
    await dispatch({ actionType: 'multiAction', sync: true, actions: slowThenFast }, inOrder);
    expect(inOrder.services.notes).toEqual(['slow', 'fast']);
  });

  it('waits for delay and does nothing for none', async () => {
    vi.useFakeTimers();
    try {
      const ctx = createTestContext();
      let finished = false;
      const waiting = dispatch({ actionType: 'delay', milliseconds: '30' }, ctx).then(() => {
        finished = true;
      });
      await vi.advanceTimersByTimeAsync(29);
      expect(finished).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(finished).toBe(true);
      expect(await dispatch({ actionType: 'none' }, ctx)).toEqual({ ok: true });
      expect(ctx.errors).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('cancels a pending delay when the view goes away', async () => {
    const controller = new AbortController();
    const ctx = { ...createTestContext(), signal: controller.signal };
    const pending = dispatch({ actionType: 'delay', milliseconds: 10_000 }, ctx);
    controller.abort();
    const result = await pending;
    expect(result).toMatchObject({ ok: false, error: { code: 'aborted' } });
  });
});

describe('forms', () => {
  it('runs isValid or isNotValid after validating', async () => {
    const valid = createTestContext({ form: { valid: true } });
    const action = {
      actionType: 'validateForm',
      isValid: { method: 'showAlert', params: { message: 'ok' } },
      isNotValid: { method: 'showAlert', params: { message: 'fix the form' } },
    };
    expect(await dispatch(action, valid)).toEqual({ ok: true, value: true });
    expect(valid.services.notes).toEqual(['ok']);

    const invalid = createTestContext({ form: { valid: false } });
    await dispatch(action, invalid);
    expect(invalid.services.notes).toEqual(['fix the form']);
  });

  it('reads a form value, and reports a button outside any form', async () => {
    const ctx = createTestContext();
    expect(await dispatch({ actionType: 'getFormValue', id: 'username' }, ctx)).toEqual({
      ok: true,
      value: 'kminchelle',
    });

    const formless = createTestContext({ form: false });
    await dispatch({ actionType: 'validateForm' }, formless);
    expect(formless.errors[0]).toMatchObject({ code: 'handler_failed', actionType: 'validateForm' });
    expect(formless.errors[0].message).toContain('form');
  });
});
