import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../appServices';
import { ApiError } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody } from '../http/readJsonBody';

const runBody = z.strictObject(
  { assetId: z.string({ error: 'assetId must be text' }).min(1).max(200).optional() },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `a command run takes only "assetId" (for an asset's menu), not ${issue.keys.join(', ')}`
        : undefined,
  },
);

/**
 * `/api/v1/plugin-commands`: runs a command whose action runs on the server (a host method, a request) for the
 * signed-in user, as chosen from a host menu, and answers the finished run. The menu's context is read here:
 * an asset's menu sends the asset's id, never the asset.
 */
export function commandRoutes(services: AppServices): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/:pluginId/:commandId/run', async (c) => {
    const body = await readJsonBody(c, runBody);
    const run = await services.jobs.runCommand(
      c.get('user'),
      c.req.param('pluginId'),
      c.req.param('commandId'),
      async (command) => {
        if (command.where !== 'asset_actions') return {};
        if (!body.assetId)
          throw new ApiError(
            400,
            'INVALID_REQUEST',
            `“${command.title}” acts on an asset: send the asset's id as "assetId".`,
          );
        const asset = await services.assets.get(body.assetId);
        if (!asset)
          throw new ApiError(404, 'ASSET_NOT_FOUND', `Asset "${body.assetId}" was not found.`, {
            assetId: body.assetId,
          });
        return { asset };
      },
      c.req.raw.signal,
    );
    return c.json({ run });
  });
  return routes;
}
