import { dispatch } from '../../src/actions';
import { hostileActions, hostileRegistry, manySteps } from './hostileActions';
import { createTestContext } from './fakeHostServices';

describe('hostile actions end in a clear error event, and the next good action still works', () => {
  it.each(hostileActions)('%s', async (_name, action, code) => {
    const ctx = createTestContext();
    const result = await dispatch(action, ctx, hostileRegistry);

    expect(result.ok).toBe(false);
    expect(ctx.errors).toHaveLength(1);
    expect(ctx.errors[0].code).toBe(code);
    expect(ctx.errors[0].message.length).toBeGreaterThan(20);
    expect(ctx.errors[0].path).toBe('ui.onPressed');
    // Nothing of the hostile action reached the host.
    expect(ctx.services.notes).toEqual([]);
    expect(ctx.services.navigations).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const good = await dispatch(
      { method: 'showAlert', params: { message: 'still working' } },
      ctx,
      hostileRegistry,
    );
    expect(good.ok).toBe(true);
    expect(ctx.services.notes).toEqual(['still working']);
  });

  it('names the offending param in an invalid_params message', async () => {
    const ctx = createTestContext();
    await dispatch({ method: 'showAlert', params: { message: 5 } }, ctx, hostileRegistry);
    expect(ctx.errors[0]).toMatchObject({
      code: 'invalid_params',
      method: 'showAlert',
      actionType: 'invenicum_sdk',
    });
    expect(ctx.errors[0].message).toMatch(/params\.message: .*string/i);
  });

  it('stops a 10,000-step multiAction before any step runs', async () => {
    const ctx = createTestContext();
    await dispatch(manySteps, ctx, hostileRegistry);
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
      hostileRegistry,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'limit_exceeded' } });
  });

  it('never throws, even when the host error callback does', async () => {
    const ctx = createTestContext();
    ctx.onError = () => {
      throw new Error('host logger broke');
    };
    await expect(dispatch({ actionType: 'nope' }, ctx, hostileRegistry)).resolves.toMatchObject({
      ok: false,
    });
  });
});
