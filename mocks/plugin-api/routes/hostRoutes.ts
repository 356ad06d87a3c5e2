import { HttpResponse, type HttpHandler } from 'msw';
import { MockApiError } from '../mockApiError';
import { applyAssetChanges, readAssetChanges } from '../assetEdits';
import type { MockRouteKit } from '../mockRouter';

/**
 * The host's data (assets, their edits and visits; the mock runs no plugin work, so events start no runs) and
 * a 404 for any other API path; mount last.
 */
export function hostRoutes({ db, route }: MockRouteKit): HttpHandler[] {
  const assetOf = (id: unknown) => {
    const asset = db.assets.find((a) => a.id === id);
    if (!asset)
      throw new MockApiError(404, 'ASSET_NOT_FOUND', `Asset "${String(id)}" was not found.`, { assetId: id });
    return asset;
  };
  return [
    route('get', '/assets', () => HttpResponse.json(db.assets)),

    route('get', '/assets/:id', ({ params }) => HttpResponse.json(assetOf(params.id))),

    route('patch', '/assets/:id', async ({ request, params }) => {
      const text = await request.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new MockApiError(
          400,
          'INVALID_JSON',
          'The request body is not valid JSON: check quotes, commas and braces.',
        );
      }
      const changes = readAssetChanges(body);
      const asset = assetOf(params.id);
      const changedFields = applyAssetChanges(asset, changes, new Date());
      return HttpResponse.json({ asset, changedFields, eventRuns: [] });
    }),

    route('post', '/assets/:id/viewed', ({ params }) => {
      assetOf(params.id);
      return HttpResponse.json({ eventRuns: [] });
    }),

    ...(['get', 'post', 'put', 'patch', 'delete'] as const).map((method) =>
      route(method, '/*', ({ request }) => {
        throw new MockApiError(
          404,
          'NOT_FOUND',
          `There is no API route ${request.method} ${new URL(request.url).pathname}.`,
        );
      }),
    ),
  ];
}
