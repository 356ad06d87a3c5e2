import { HttpResponse, type HttpHandler } from 'msw';
import { MockApiError } from '../mockApiError';
import type { MockRouteKit } from '../mockRouter';

/** The host's data (assets), plugin jobs (none: the mock runs no jobs) and a 404 for any other API path; mount last. */
export function hostRoutes({ db, route }: MockRouteKit): HttpHandler[] {
  return [
    route('get', '/assets', () => HttpResponse.json(db.assets)),

    route('get', '/assets/:id', ({ params }) => {
      const asset = db.assets.find((a) => a.id === params.id);
      if (!asset)
        throw new MockApiError(404, 'ASSET_NOT_FOUND', `Asset "${params.id}" was not found.`, {
          assetId: params.id,
        });
      return HttpResponse.json(asset);
    }),

    // The mock runs no plugin jobs (the reference server does): the plugins page shows none.
    route('get', '/plugin-jobs', () => HttpResponse.json({ jobs: [] })),

    ...(['get', 'post', 'put', 'delete'] as const).map((method) =>
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
