import { z } from 'zod';
import { createActionRegistry, defineMethod, dispatch } from '../../src/actions';
import { readCorpusJson } from '../fixtures/paths';
import { createTestContext } from './fakeHostServices';

const quienSoy = readCorpusJson<{ ui: { onPressed: unknown } }>('invenicum', 'quien_soy.json');

describe('dispatch routes SDK calls in both forms to the same method', () => {
  it('shows the signed-in user name for the real "Quién soy" plugin button', async () => {
    const ctx = createTestContext();
    const result = await dispatch(quienSoy.ui.onPressed, ctx);
    expect(result).toEqual({ ok: true, value: 'Ana García' });
    expect(ctx.services.notes).toEqual(['Ana García']);
  });

  it('falls back to the username, and says so when nobody is signed in', async () => {
    const named = createTestContext();
    named.services.user = { username: 'ana' };
    await dispatch(quienSoy.ui.onPressed, named);
    expect(named.services.notes).toEqual(['ana']);

    const anonymous = createTestContext();
    anonymous.services.user = null;
    await dispatch(quienSoy.ui.onPressed, anonymous);
    expect(anonymous.services.notes).toEqual(['You are not signed in.']);
  });

  it('runs showAlert from the long invenicum_sdk form and from the short method form alike', async () => {
    const ctx = createTestContext();
    await dispatch(
      { actionType: 'invenicum_sdk', method: 'showAlert', params: { message: 'Saved <<asset.name>>' } },
      ctx,
    );
    await dispatch({ method: 'showAlert', params: { message: 'Saved {{asset.name}}' } }, ctx);
    expect(ctx.services.notes).toEqual(['Saved Drill', 'Saved Drill']);
    expect(ctx.errors).toEqual([]);
  });

  it('calls a host method registered with a schema, with params bound against the scope at dispatch time', async () => {
    const checked: number[] = [];
    const registry = createActionRegistry({
      methods: [
        defineMethod('runQualityCheck', z.object({ assetId: z.coerce.number().int() }), (params, run) => {
          checked.push(params.assetId);
          run.services.notify(`Checked asset ${params.assetId}`);
          return 'passed';
        }),
      ],
    });
    const ctx = createTestContext({ scope: { asset: { id: 7 } } });
    const short = await dispatch(
      { method: 'runQualityCheck', params: { assetId: '{{asset.id}}' } },
      ctx,
      registry,
    );
    const long = await dispatch(
      { actionType: 'invenicum_sdk', method: 'runQualityCheck', params: { assetId: '<<asset.id>>' } },
      ctx,
      registry,
    );
    expect(short).toEqual({ ok: true, value: 'passed' });
    expect(long).toEqual({ ok: true, value: 'passed' });
    expect(checked).toEqual([7, 7]);
    expect(ctx.services.notes).toEqual(['Checked asset 7', 'Checked asset 7']);
  });

  it('reports each action that runs to onDispatch, with its bound params', async () => {
    const seen: unknown[] = [];
    const ctx = createTestContext();
    ctx.onDispatch = (info) => seen.push(info);
    await dispatch({ method: 'showAlert', params: { message: 'Hi {{asset.name}}' } }, ctx);
    expect(seen).toEqual([
      {
        actionType: 'invenicum_sdk',
        method: 'showAlert',
        params: { message: 'Hi Drill' },
        path: 'ui.onPressed',
      },
    ]);
  });

  it('navigates inside the app with the SDK navigate method and refuses other targets', async () => {
    const ctx = createTestContext();
    await dispatch(
      { actionType: 'invenicum_sdk', method: 'navigate', params: { path: '/assets/{{asset.id}}' } },
      ctx,
    );
    expect(ctx.services.navigations).toEqual([{ kind: 'push', path: '/assets/42' }]);

    const refused = await dispatch(
      { method: 'navigate', params: { path: 'https://evil.example/phish' } },
      ctx,
    );
    expect(refused.ok).toBe(false);
    expect(ctx.errors[0]).toMatchObject({
      code: 'navigation_refused',
      method: 'navigate',
      path: 'ui.onPressed',
    });
    expect(ctx.services.navigations).toHaveLength(1);
  });

  it('signs the user out with logout', async () => {
    const ctx = createTestContext();
    await dispatch({ actionType: 'invenicum_sdk', method: 'logout', params: {} }, ctx);
    expect(ctx.services.signOuts).toBe(1);
  });

  it('lets a host replace a built-in method and add its own actionType', async () => {
    const registry = createActionRegistry({
      methods: [
        defineMethod('showAlert', z.object({ message: z.string() }), (p, run) =>
          run.services.notify(`[host] ${p.message}`),
        ),
      ],
    });
    const ctx = createTestContext();
    await dispatch({ method: 'showAlert', params: { message: 'hello' } }, ctx, registry);
    expect(ctx.services.notes).toEqual(['[host] hello']);
  });

  it('treats an empty action object as a button that does nothing', async () => {
    const ctx = createTestContext();
    expect(await dispatch({}, ctx)).toEqual({ ok: true });
    expect(await dispatch(undefined, ctx)).toEqual({ ok: true });
    expect(ctx.errors).toEqual([]);
  });
});
