import { Hono } from 'hono';
import type { AppServices } from '../appServices';
import { ApiError } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';

export function assetRoutes(services: AppServices): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', async (c) => c.json(await services.assets.list()));
  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const asset = await services.assets.get(id);
    if (!asset)
      throw new ApiError(404, 'ASSET_NOT_FOUND', `Asset "${id.slice(0, 100)}" was not found.`, {
        assetId: id.slice(0, 100),
      });
    return c.json(asset);
  });
  return routes;
}
