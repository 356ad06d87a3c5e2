import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createActionRegistry, dispatch } from '../../src/actions';
import { readCorpusJson } from '../fixtures/paths';
import { createTestContext } from './fakeHostServices';

interface SeenRequest {
  url: string;
  method: string;
  authorization: string | null;
  contentType: string | null;
  body: unknown;
}

const seen: SeenRequest[] = [];
const server = setupServer(
  http.all('*', async ({ request }) => {
    const text = request.method === 'GET' ? '' : await request.text();
    seen.push({
      url: request.url,
      method: request.method,
      authorization: request.headers.get('authorization'),
      contentType: request.headers.get('content-type'),
      body: text === '' ? null : (JSON.parse(text) as unknown),
    });
    const url = new URL(request.url);
    if (url.pathname === '/auth/login') {
      const body = JSON.parse(text) as { username?: string };
      return body.username === 'kminchelle'
        ? HttpResponse.json({ token: 'abc' }, { status: 200 })
        : HttpResponse.json({ message: 'Invalid credentials' }, { status: 400 });
    }
    if (url.pathname === '/boom') return HttpResponse.json({ message: 'down' }, { status: 500 });
    if (url.pathname === '/page.json') return HttpResponse.json({ type: 'text', data: 'Loaded page' });
    return HttpResponse.json({ echo: url.search });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

const formDoc = readCorpusJson<{
  body: { child: { child: { child: { children: { onPressed?: unknown }[] } } } };
}>('stac', 'gallery__form_example.json');
const signIn = formDoc.body.child.child.child.children[3].onPressed;

describe('networkRequest', () => {
  const dummyJson = createActionRegistry({
    urlPolicy: { origin: 'http://app.test', requestOrigins: ['https://dummyjson.com'] },
  });

  it('posts the gallery sign-in form values and opens the dialog of the matching status code', async () => {
    const ctx = createTestContext();
    const result = await dispatch(signIn, ctx, dummyJson);
    expect(result.ok).toBe(true);
    expect(seen).toEqual([
      {
        url: 'https://dummyjson.com/auth/login',
        method: 'POST',
        authorization: null,
        contentType: 'application/json',
        body: { username: 'kminchelle', password: '0lelplR' },
      },
    ]);
    expect(ctx.services.dialogs.map((d) => d.widget)).toEqual([
      { type: 'alertDialog', title: { type: 'text', data: 'Successful' } },
    ]);
  });

  it('runs the 400 result when the server rejects the form', async () => {
    const ctx = createTestContext();
    ctx.formValues.username = 'nobody';
    await dispatch(signIn, ctx, dummyJson);
    expect(ctx.services.dialogs.map((d) => d.widget)).toEqual([
      { type: 'alertDialog', title: { type: 'text', data: 'Error' } },
    ]);
  });

  it('refuses the same form against the default policy (same origin only), without sending anything', async () => {
    const ctx = createTestContext();
    const result = await dispatch(
      signIn,
      ctx,
      createActionRegistry({ urlPolicy: { origin: 'http://app.test' } }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'url_refused', actionType: 'networkRequest' } });
    expect(ctx.errors[0].message).toContain('https://dummyjson.com');
    expect(seen).toEqual([]);
    expect(ctx.services.dialogs).toEqual([]);
  });

  it('sends same-origin requests with query parameters and no credentials unless the host opts in', async () => {
    const plain = createActionRegistry({ urlPolicy: { origin: 'http://app.test' } });
    const ctx = createTestContext();
    const request = {
      actionType: 'networkRequest',
      url: '/api/v1/assets/{{asset.id}}/check',
      queryParameters: { full: true, by: '<<asset.name>>' },
    };
    const result = await dispatch(request, ctx, plain);
    expect(result).toEqual({
      ok: true,
      value: { statusCode: 200, ok: true, data: { echo: '?full=true&by=Drill' } },
    });
    expect(seen[0]).toMatchObject({
      url: 'http://app.test/api/v1/assets/42/check?full=true&by=Drill',
      authorization: null,
    });

    const ownApi = createActionRegistry({
      urlPolicy: {
        origin: 'http://app.test',
        authorizeRequest: (url) =>
          url.pathname.startsWith('/api/v1/') ? { Authorization: 'Bearer user-token' } : undefined,
      },
    });
    await dispatch(request, ctx, ownApi);
    await dispatch({ actionType: 'networkRequest', url: '/elsewhere' }, ctx, ownApi);
    expect(seen.map((r) => r.authorization)).toEqual([null, 'Bearer user-token', null]);
  });

  it('reports a failing status that no result handles', async () => {
    const ctx = createTestContext();
    const result = await dispatch(
      { actionType: 'networkRequest', url: 'http://app.test/boom' },
      ctx,
      dummyJson,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'request_failed' } });
    expect(ctx.errors[0].message).toContain('500');
  });

  it('gives result actions the response in scope', async () => {
    const ctx = createTestContext();
    await dispatch(
      {
        actionType: 'networkRequest',
        url: '/q',
        results: [
          {
            statusCode: 200,
            action: { method: 'showAlert', params: { message: 'Got {{response.data.echo}}' } },
          },
        ],
        queryParameters: { n: 1 },
      },
      ctx,
      dummyJson,
    );
    expect(ctx.services.notes).toEqual(['Got ?n=1']);
  });

  it('loads a dialog widget from a request', async () => {
    const ctx = createTestContext();
    await dispatch(
      { actionType: 'showDialog', request: { url: '/page.json', method: 'get' } },
      ctx,
      dummyJson,
    );
    expect(ctx.services.dialogs[0].widget).toEqual({ type: 'text', data: 'Loaded page' });
  });

  it('only lets getFormValue actions into a request body', async () => {
    const ctx = createTestContext();
    await dispatch(
      {
        actionType: 'networkRequest',
        url: '/x',
        method: 'post',
        body: { a: { actionType: 'navigate', navigationStyle: 'pop' } },
      },
      ctx,
      dummyJson,
    );
    expect(ctx.errors[0]).toMatchObject({ code: 'invalid_params' });
    expect(seen).toEqual([]);
    expect(ctx.services.navigations).toEqual([]);
  });
});
